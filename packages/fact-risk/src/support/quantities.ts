import { type Quantity, type QuantityClaim } from '../claim.js';
import { toBase } from '../text/units.js';

/**
 * Place value of the last significant digit of a figure as written: 35000 → 1000, 30 → 10, 3.5 → 0.1.
 * It is the rounding the text states, used to read hedged figures ("约3.5万", "more than 3 million").
 */
export function statedPrecision(amount: number): number {
  const digits = Number(Math.abs(amount).toPrecision(12)).toString();
  if (digits.includes('e')) return 1;
  const [integer = '', fraction = ''] = digits.split('.');
  if (fraction !== '') return 10 ** -fraction.length;
  const trailingZeros = integer.length - integer.replace(/0+$/u, '').length;
  return integer === '0' ? 1 : 10 ** trailingZeros;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** No unit, or a Chinese classifier (三家, 两款): a plain count, which may be written either way. */
const isCount = (unit: string | undefined) => unit === undefined || unit === 'count';

/**
 * The brief's figure in the draft figure's unit, when the two can be compared: both plain counts, the same
 * unit, or units of one dimension (2小时 = 120 minutes). A measurement on one side only is another claim:
 * "SPF 30" is not "30 seconds".
 */
function inDraftUnit(draft: Quantity, brief: Quantity): number | undefined {
  if (draft.unit === brief.unit || (isCount(draft.unit) && isCount(brief.unit))) return brief.amount;
  if (!draft.unit || !brief.unit || isCount(draft.unit) || isCount(brief.unit)) return undefined;
  const from = toBase(brief.amount, brief.unit);
  const to = toBase(1, draft.unit);
  if (!from || !to || from.dimension !== to.dimension) return undefined;
  return from.value / to.value;
}

/**
 * Percentages compare with percentages only; an amount of money with money in the same currency only. A
 * plain count in the draft may repeat an amount of the brief ("仅需299" for "299元").
 */
function comparableKinds(draft: QuantityClaim, brief: QuantityClaim): boolean {
  if (draft.kind === 'percentage' || brief.kind === 'percentage') return draft.kind === brief.kind;
  if (draft.kind === 'money')
    return brief.kind === 'money' && draft.quantity.currency === brief.quantity.currency;
  return brief.kind === 'number' || isCount(draft.quantity.unit);
}

/**
 * Whether a brief figure supports a draft figure. Equal values support each other across magnitudes and
 * convertible units (3.5万 = 35,000 = 35k; 2小时 = 120 minutes). A hedged draft figure may round the brief
 * within the precision it states: "约3.5万" ≈ 35,120 (and never more than 10% off); "超过3000" (over)
 * means 3000 ≤ x < 4000; "近3亿" (under) means 2.5亿 < x ≤ 3亿. An unhedged figure must be exact.
 * Phone numbers and other digit strings must match digit for digit.
 */
export function supportsQuantity(brief: QuantityClaim, draft: QuantityClaim): boolean {
  if (draft.quantity.digits !== undefined || brief.quantity.digits !== undefined) {
    return draft.quantity.digits === brief.quantity.digits;
  }
  if (!comparableKinds(draft, brief)) return false;
  const b = inDraftUnit(draft.quantity, brief.quantity);
  if (b === undefined) return false;
  const d = draft.quantity.amount;
  if (close(b, d)) return true;
  const precision = statedPrecision(d);
  switch (draft.quantity.approximation) {
    case 'about':
      return Math.abs(b - d) <= Math.min(precision / 2, Math.abs(d) / 10) + 1e-9 * precision;
    case 'over':
      return b >= d && b < d + precision;
    case 'under':
      return b <= d && b > d - precision / 2;
    default:
      return false;
  }
}

/** Whether a draft figure is a figure the brief implies (see `derived.ts`), rounded as the draft writes it. */
export function roundsToDerived(derived: QuantityClaim, draft: QuantityClaim): boolean {
  if (!comparableKinds(draft, derived)) return false;
  const b = inDraftUnit(draft.quantity, derived.quantity);
  return b !== undefined && Math.abs(b - draft.quantity.amount) <= statedPrecision(draft.quantity.amount) / 2;
}

/** Of the brief's figures of the same sort, the one closest to the draft's: what the brief says instead. */
export function nearestQuantity(
  briefClaims: readonly QuantityClaim[],
  draft: QuantityClaim,
): QuantityClaim | undefined {
  let best: { claim: QuantityClaim; distance: number } | undefined;
  for (const claim of briefClaims) {
    if (claim.kind !== draft.kind || claim.quantity.digits !== undefined) continue;
    const b = inDraftUnit(draft.quantity, claim.quantity);
    if (b === undefined || (draft.quantity.unit === undefined) !== (claim.quantity.unit === undefined))
      continue;
    const distance = Math.abs(Math.log(Math.abs(b) + 1) - Math.log(Math.abs(draft.quantity.amount) + 1));
    if (!best || distance < best.distance) best = { claim, distance };
  }
  return best && best.distance < Math.log(10) ? best.claim : undefined;
}
