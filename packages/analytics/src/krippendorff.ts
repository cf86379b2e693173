/** A rater's value for a unit; null, undefined and NaN mean the rater did not rate that unit. */
export type ReliabilityValue = string | number | null | undefined;

/**
 * nominal: categories (an outcome a/b/tie/both_bad); ordinal: ordered categories whose distances are unknown
 * (1–5 rubric scores); interval: numbers whose differences are meaningful.
 */
export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval';

export interface KrippendorffAlpha {
  /** 1 − D_o/D_e; null when undefined: fewer than 2 pairable values, or a single value observed (D_e = 0). */
  readonly alpha: number | null;
  readonly observedDisagreement: number;
  readonly expectedDisagreement: number;
  /** Units with at least two values, and the values they hold (n in Krippendorff's notation). */
  readonly pairableUnits: number;
  readonly pairableValues: number;
}

export interface KrippendorffOptions {
  /**
   * The order of the values for `ordinal` data given as strings ('low' < 'mid' < 'high'). Numbers are
   * ordered numerically without it. Values missing from the order are an error.
   */
  readonly order?: readonly (string | number)[];
}

/**
 * Krippendorff's α for a units × raters matrix (rows are units — a rated pair, or a draft's criterion —
 * columns raters), missing values allowed, by the coincidence-matrix formulation of Krippendorff (2011),
 * "Computing Krippendorff's Alpha-Reliability":
 *
 *   o_ck = Σ_u (number of c–k pairs of values from different raters in unit u) / (m_u − 1)
 *   n_c  = Σ_k o_ck,  n = Σ_c n_c
 *   α    = 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck
 *
 * Units with fewer than two values are not pairable and drop out. δ² is 0/1 for nominal data, (c − k)² for
 * interval data, and for ordinal data (Σ_{g=c..k} n_g − (n_c + n_k)/2)², which depends only on the ranks and
 * on how often the values in between were used. α = 1 is perfect agreement, 0 agreement at chance level,
 * below 0 systematic disagreement. Cost O(units · raters + values²).
 */
export function krippendorffAlpha(
  data: readonly (readonly ReliabilityValue[])[],
  level: MeasurementLevel,
  options: KrippendorffOptions = {},
): KrippendorffAlpha {
  const present = (value: ReliabilityValue): value is string | number =>
    value !== null && value !== undefined && !(typeof value === 'number' && Number.isNaN(value));
  const units = data.map((row) => row.filter(present)).filter((values) => values.length >= 2);
  const values = orderedValues(units.flat(), level, options);
  const index = new Map(values.map((value, i) => [value, i]));
  const v = values.length;

  const coincidences = new Float64Array(v * v);
  for (const unit of units) {
    const counts = new Map<number, number>();
    for (const value of unit)
      counts.set(index.get(value) as number, (counts.get(index.get(value) as number) ?? 0) + 1);
    const weight = 1 / (unit.length - 1);
    for (const [c, countC] of counts) {
      for (const [k, countK] of counts) {
        // Ordered pairs of values from different raters: a rater is never paired with itself.
        const pairs = countC * (c === k ? countK - 1 : countK);
        coincidences[c * v + k] = (coincidences[c * v + k] as number) + pairs * weight;
      }
    }
  }
  const marginals = new Float64Array(v);
  for (let c = 0; c < v; c++) {
    for (let k = 0; k < v; k++) marginals[c] = (marginals[c] as number) + (coincidences[c * v + k] as number);
  }
  const n = marginals.reduce((sum, value) => sum + value, 0);
  const distance = distanceFunction(values, marginals, level);

  let observed = 0;
  let expected = 0;
  for (let c = 0; c < v; c++) {
    for (let k = 0; k < v; k++) {
      const d = distance(c, k);
      observed += (coincidences[c * v + k] as number) * d;
      expected += (marginals[c] as number) * (marginals[k] as number) * d;
    }
  }
  const observedDisagreement = n > 0 ? observed / n : 0;
  const expectedDisagreement = n > 1 ? expected / (n * (n - 1)) : 0;
  return {
    alpha: n < 2 || expectedDisagreement === 0 ? null : 1 - observedDisagreement / expectedDisagreement,
    observedDisagreement,
    expectedDisagreement,
    pairableUnits: units.length,
    pairableValues: n,
  };
}

function orderedValues(
  all: readonly (string | number)[],
  level: MeasurementLevel,
  options: KrippendorffOptions,
): (string | number)[] {
  const distinct = [...new Set(all)];
  if (level === 'nominal') return distinct;
  if (options.order !== undefined) {
    const missing = distinct.filter((value) => !options.order?.includes(value));
    if (missing.length > 0) throw new RangeError(`values not in the given order: ${missing.join(', ')}`);
    return options.order.filter((value) => distinct.includes(value));
  }
  if (distinct.some((value) => typeof value !== 'number')) {
    throw new RangeError(`${level} data must be numbers, or strings with an explicit order`);
  }
  return (distinct as number[]).sort((x, y) => x - y);
}

function distanceFunction(
  values: readonly (string | number)[],
  marginals: Float64Array,
  level: MeasurementLevel,
): (c: number, k: number) => number {
  if (level === 'nominal') return (c, k) => (c === k ? 0 : 1);
  if (level === 'interval') {
    if (values.some((value) => typeof value !== 'number'))
      throw new RangeError('interval data must be numbers');
    return (c, k) => ((values[c] as number) - (values[k] as number)) ** 2;
  }
  // cumulative[g] = n_0 + … + n_(g−1), so Σ_{g=c..k} n_g = cumulative[k + 1] − cumulative[c] for c ≤ k.
  const cumulative = new Float64Array(values.length + 1);
  marginals.forEach((count, g) => (cumulative[g + 1] = (cumulative[g] as number) + count));
  return (c, k) => {
    const low = Math.min(c, k);
    const high = Math.max(c, k);
    const between = (cumulative[high + 1] as number) - (cumulative[low] as number);
    return (between - ((marginals[low] as number) + (marginals[high] as number)) / 2) ** 2;
  };
}

export interface Judgement<V> {
  readonly unit: string;
  readonly rater: string;
  readonly value: V;
}

export interface ReliabilityMatrix<V> {
  readonly units: readonly string[];
  readonly raters: readonly string[];
  /** data[u][r]: rater r's value for unit u, null where the rater did not rate it. */
  readonly data: readonly (readonly (V | null)[])[];
}

/**
 * Builds the units × raters matrix krippendorffAlpha takes from a list of judgements. A rater judging the
 * same unit twice is an error: the second value would have to be dropped or would count as another rater,
 * and either would bias α silently.
 */
export function reliabilityMatrix<V>(judgements: readonly Judgement<V>[]): ReliabilityMatrix<V> {
  const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const units = [...new Set(judgements.map((entry) => entry.unit))].sort(compare);
  const raters = [...new Set(judgements.map((entry) => entry.rater))].sort(compare);
  const unitIndex = new Map(units.map((unit, i) => [unit, i]));
  const raterIndex = new Map(raters.map((rater, i) => [rater, i]));
  const data = units.map(() => new Array<V | null>(raters.length).fill(null));
  const seen = new Set<string>();
  for (const { unit, rater, value } of judgements) {
    const key = JSON.stringify([unit, rater]);
    if (seen.has(key)) throw new RangeError(`rater ${rater} judged unit ${unit} more than once`);
    seen.add(key);
    (data[unitIndex.get(unit) as number] as (V | null)[])[raterIndex.get(rater) as number] = value;
  }
  return { units, raters, data };
}
