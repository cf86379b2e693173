import { type DateValue, type QuantityClaim } from '../claim.js';

/**
 * Figures the brief implies without stating them, kept to two kinds a draft commonly derives and a reader
 * can check at a glance:
 *
 * - the ratio of two prices in one currency, as a discount (79元 of 128元 = 6.2折) or a share off (38% off);
 * - the span between two years the brief gives, in years (1406 to 1420 = 14年).
 *
 * A draft figure matches a derived one when it rounds to it at the draft's own stated precision.
 */
export function derivedQuantities(
  quantities: readonly QuantityClaim[],
  dates: readonly DateValue[],
): QuantityClaim[] {
  const derived: QuantityClaim[] = [];
  const add = (kind: QuantityClaim['kind'], amount: number, unit?: string) =>
    derived.push({ kind, start: 0, end: 0, text: '', quantity: { amount, ...(unit && { unit }) } });
  const prices = quantities.filter((claim) => claim.kind === 'money' && claim.quantity.amount > 0);
  for (const low of prices) {
    for (const high of prices) {
      if (low.quantity.currency !== high.quantity.currency || low.quantity.amount >= high.quantity.amount)
        continue;
      const share = (low.quantity.amount / high.quantity.amount) * 100;
      add('percentage', share, 'discount');
      add('percentage', 100 - share);
    }
  }
  const years = [...new Set(dates.flatMap((date) => (date.year === undefined ? [] : [date.year])))];
  for (const early of years) {
    for (const late of years) if (late > early) add('number', late - early, 'year');
  }
  return derived;
}
