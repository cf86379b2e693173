import { describe, expect, it } from 'vitest';
import { type QuantityClaim } from '../claim.js';
import { extractClaims } from './claims.js';

const quantities = (text: string, permissive = false) =>
  extractClaims(text, { permissive }).filter((claim): claim is QuantityClaim => 'quantity' in claim);
const only = (text: string) => {
  const found = quantities(text);
  expect(found, `claims in ${text}`).toHaveLength(1);
  return found[0] as QuantityClaim;
};

describe('figures', () => {
  it.each([
    ['销量达到1,234,567台', 1234567, '1,234,567'],
    ['单价 12.5', 12.5, '12.5'],
    ['新增用户3.5万', 35000, '3.5万'],
    ['营收1.2亿', 1.2e8, '1.2亿'],
    ['达到三十五万', 350000, '三十五万'],
    ['服务两千名用户', 2000, '两千'],
    ['sold 3.5 million units', 3.5e6, '3.5 million'],
    ['about 35k riders', 35000, '35k'],
    ['twenty-five thousand riders', 25000, 'twenty-five thousand'],
    ['ｓａｌｅｓ of １２００ units', 1200, '１２００'],
  ])('%s → %d', (text, amount, written) => {
    const claim = only(text);
    expect(claim.quantity.amount).toBeCloseTo(amount, 6);
    expect(claim.text).toBe(written);
  });

  it('reads units and converts magnitudes written before them', () => {
    expect(only('续航长达12小时').quantity).toEqual({ amount: 12, unit: 'h' });
    expect(only('a 30-day trial').quantity).toEqual({ amount: 30, unit: 'day' });
    expect(only('重 5千克').quantity).toEqual({ amount: 5000, unit: 'g' });
    expect(only('三十家门店').quantity).toEqual({ amount: 30, unit: 'count' });
  });

  it('reads a unit one word after the figure', () => {
    expect(only('about 243 Earth days').quantity).toMatchObject({ amount: 243, unit: 'day' });
    expect(only('a 250,000-square-foot site').quantity).toEqual({ amount: 250000, unit: 'ft' });
  });

  it('reads hedges before and after a figure', () => {
    expect(only('约3000人').quantity.approximation).toBe('about');
    expect(only('超过3000人').quantity.approximation).toBe('over');
    expect(only('300多家门店').quantity).toMatchObject({ amount: 300, approximation: 'over' });
    expect(only('nearly 3 million people').quantity.approximation).toBe('under');
    expect(only('月销10万+').quantity).toMatchObject({ amount: 100000, approximation: 'over' });
  });

  it('gives the first figure of a range what the range states once', () => {
    const [low, high] = quantities('预计3-5万人参加');
    expect(low?.quantity.amount).toBe(30000);
    expect(high?.quantity.amount).toBe(50000);
    const [from, to] = quantities('raised $5-10 million');
    expect(from).toMatchObject({ kind: 'money', quantity: { amount: 5e6, currency: 'USD' } });
    expect(to).toMatchObject({ kind: 'money', quantity: { amount: 10e6, currency: 'USD' } });
  });

  it('keeps phone numbers as digit strings', () => {
    expect(only('客服热线 400-123-4567').quantity.digits).toBe('4001234567');
  });
});

describe('percentages', () => {
  it.each([
    ['增长30%', 30],
    ['up 30 percent', 30],
    ['up 30 per cent', 30],
    ['增长百分之三十', 30],
    ['百分之三十五点五的用户', 35.5],
    ['约占三成', 30],
    ['千分之五', 0.5],
    ['百分百纯棉', 100],
  ])('%s → %d percent', (text, amount) => {
    const claim = only(text);
    expect(claim.kind).toBe('percentage');
    expect(claim.quantity.amount).toBeCloseTo(amount, 9);
  });

  it('reads discounts as the share of the price paid, and points as points', () => {
    expect(only('全场8折').quantity).toEqual({ amount: 80, unit: 'discount' });
    expect(only('第二杯半价').quantity).toEqual({ amount: 50, unit: 'discount' });
    expect(only('提升3个百分点').quantity).toEqual({ amount: 3, unit: 'pp' });
  });
});

describe('money', () => {
  it.each([
    ['售价¥299', 299, 'CNY'],
    ['售价￥299', 299, 'CNY'],
    ['只要299元', 299, 'CNY'],
    ['人民币500元', 500, 'CNY'],
    ['RMB 500 million', 5e8, 'CNY'],
    ['融资5000万美元', 5e7, 'USD'],
    ['营收1.2亿元人民币', 1.2e8, 'CNY'],
    ['costs $1.2 billion', 1.2e9, 'USD'],
    ['about USD 300', 300, 'USD'],
    ['a €6.80 pass', 6.8, 'EUR'],
    ['just 5 dollars', 5, 'USD'],
    ['only five dollars', 5, 'USD'],
    ['raised $5m', 5e6, 'USD'],
  ])('%s → %d %s', (text, amount, currency) => {
    const claim = only(text);
    expect(claim.kind).toBe('money');
    expect(claim.quantity.amount).toBeCloseTo(amount, 6);
    expect(claim.quantity.currency).toBe(currency);
  });

  it('reads 块 as a classifier when a word or figure follows it', () => {
    expect(only('只要99块！').kind).toBe('money');
    expect(quantities('一块5元')).toMatchObject([{ kind: 'money', quantity: { amount: 5 } }]);
  });
});

describe('what is not a claim in a draft', () => {
  it.each([
    ['十分安静，万一下雨也不怕，千万别错过'],
    ['一年四季都能用，错过再等一年'],
    ['三种配色，两个口袋'],
    ['one of the two best options'],
    ['1. 续航长\n2. 重量轻'],
    ['Step 2: grab a coffee'],
    ['镜头3：产品特写'],
    ['0:05 开场，16:9 画幅，24/7 客服'],
    ['支持5G和4K，搭载A17芯片'],
    ['【0-3秒】开场\n5-20秒 | 展示'],
    ['visit https://example.com/2025/03/sale-50'],
  ])('%s', (text) => {
    expect(quantities(text)).toEqual([]);
  });

  it('keeps small counts and bare numerals when reading a brief', () => {
    expect(quantities('三种配色', true)).toMatchObject([{ quantity: { amount: 3, unit: 'count' } }]);
    expect(quantities('serves two', true)).toMatchObject([{ quantity: { amount: 2 } }]);
  });

  it('counts a small number in words when it measures something', () => {
    expect(only('两年质保').quantity).toEqual({ amount: 2, unit: 'year' });
    expect(only('lasts three hours').quantity).toEqual({ amount: 3, unit: 'h' });
  });
});
