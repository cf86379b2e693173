import { type Claim, type Quantity, type QuantityClaim } from './claim.js';
import { formatDate } from './support/dates.js';

/** A number without floating-point residue or exponent: 1.2e12 → "1200000000000", 0.1 + 0.2 → "0.3". */
export const plainNumber = (n: number): string =>
  Number(n.toPrecision(12)).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 10 });

const HEDGE_SIGN = { about: '~', over: '>', under: '<' } as const;

function quantityValue(kind: QuantityClaim['kind'], quantity: Quantity): string {
  if (quantity.digits !== undefined) return quantity.digits;
  const sign = quantity.approximation ? HEDGE_SIGN[quantity.approximation] : '';
  const amount = plainNumber(quantity.amount);
  if (kind === 'money') return `${sign}${quantity.currency ?? ''} ${amount}`.trim();
  if (kind === 'percentage') {
    const unit = quantity.unit === 'pp' ? ' pp' : quantity.unit === 'discount' ? '% of price' : '%';
    return `${sign}${amount}${unit}`;
  }
  const unit = quantity.unit && quantity.unit !== 'count' ? ` ${quantity.unit}` : '';
  return `${sign}${amount}${unit}`;
}

/** The normalised value of a claim, as a flag reports it: "35000", "~3000 h", "USD 5200000", "30%", "2025-03-01". */
export function claimValue(claim: Claim): string {
  switch (claim.kind) {
    case 'number':
    case 'percentage':
    case 'money':
      return quantityValue(claim.kind, claim.quantity);
    case 'date':
      return formatDate(claim.date);
    case 'name':
      return claim.name;
    case 'quote':
      return claim.quote.trim();
  }
}
