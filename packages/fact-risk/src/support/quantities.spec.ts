import { describe, expect, it } from 'vitest';
import { type QuantityClaim } from '../claim.js';
import { extractClaims } from '../extract/claims.js';
import { statedPrecision, supportsQuantity } from './quantities.js';

const figure = (text: string, permissive = false): QuantityClaim => {
  const claim = extractClaims(text, { permissive }).find((c): c is QuantityClaim => 'quantity' in c);
  if (!claim) throw new Error(`no figure in ${text}`);
  return claim;
};
const supports = (brief: string, draft: string) => supportsQuantity(figure(brief, true), figure(draft));

describe('statedPrecision', () => {
  it.each([
    [35000, 1000],
    [30, 10],
    [3.5, 0.1],
    [1.25, 0.01],
    [7, 1],
    [1.2e8, 1e7],
  ])('%d → %d', (amount, precision) => {
    expect(statedPrecision(amount)).toBeCloseTo(precision, 12);
  });
});

describe('supportsQuantity', () => {
  it.each([
    ['35,000 riders', '3.5万人'],
    ['3.5万人', '35k riders'],
    ['增长30%', '30 percent'],
    ['up 30%', '增长百分之三十'],
    ['1.2亿元', '1.2亿元人民币'],
    ['$4.2 billion', 'US$4,200 million'],
    ['续航 2 小时', '120 minutes'],
    ['780 g', '0.78 kg'],
    ['售价 299 元', '仅需299'],
    ['约 35,120 人', '约3.5万人'],
    ['3,200 stores', 'more than 3,000 stores'],
    ['3,400,000 users', 'over 3 million users'],
    ['2.96亿', '近3亿'],
    ['299元', '不到300元'],
    ['客服 400-123-4567', '拨打400 123 4567'],
  ])('%s supports %s', (brief, draft) => {
    expect(supports(brief, draft)).toBe(true);
  });

  it.each([
    ['35,120 riders', '3.5万人'],
    ['2,600 stores', 'about 3,000 stores'],
    ['4,100 stores', 'more than 3,000 stores'],
    ['2.4 million users', 'nearly 3 million users'],
    ['299元', '$299'],
    ['售价 299', '¥299'],
    ['30 seconds', 'SPF 30'],
    ['3 条线路', '3天'],
    ['30 units', '30%'],
    ['3%', '3个百分点'],
    ['400-123-4567', '400-123-4568'],
  ])('%s does not support %s', (brief, draft) => {
    expect(supports(brief, draft)).toBe(false);
  });
});
