import { describe, expect, it } from 'vitest';
import { type QuantityClaim } from '../claim.js';
import { extractClaims } from '../extract/claims.js';
import { derivedQuantities } from './derived.js';
import { roundsToDerived } from './quantities.js';

const figures = (text: string, permissive = false) =>
  extractClaims(text, { permissive }).filter((claim): claim is QuantityClaim => 'quantity' in claim);
const derivedFrom = (brief: string) => {
  const claims = extractClaims(brief, { permissive: true });
  return derivedQuantities(
    claims.filter((claim): claim is QuantityClaim => 'quantity' in claim),
    claims.flatMap((claim) => (claim.kind === 'date' ? [claim.date] : [])),
  );
};
const implied = (brief: string, draft: string) => {
  const [figure] = figures(draft);
  if (!figure) throw new Error(`no figure in ${draft}`);
  return derivedFrom(brief).some((derived) => roundsToDerived(derived, figure));
};

describe('derived figures', () => {
  it('reads the discount between two prices in one currency', () => {
    expect(implied('定价 128 元，活动价 79 元', '相当于6.2折')).toBe(true);
    expect(implied('定价 128 元，活动价 79 元', '立省38%')).toBe(true);
    expect(implied('定价 128 元，活动价 79 元', '相当于5折')).toBe(false);
    expect(implied('List price $128, sale price 79元', '38% off')).toBe(false);
  });

  it('reads the span between two years in years', () => {
    expect(implied('始建于1406年，1420年建成', '前后用了14年')).toBe(true);
    expect(implied('始建于1406年，1420年建成', '前后用了15年')).toBe(false);
  });
});
