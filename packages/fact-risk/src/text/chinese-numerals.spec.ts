import { describe, expect, it } from 'vitest';
import { parseChineseNumeral } from './chinese-numerals.js';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['三十五', 35],
    ['一百零五', 105],
    ['一百二十', 120],
    ['两千零二十五', 2025],
    ['三万', 30000],
    ['十万', 100000],
    ['三十五万', 350000],
    ['一百二十三万四千五百六十七', 1234567],
    ['五千万', 50000000],
    ['一亿', 1e8],
    ['三亿五千万', 350000000],
    ['一万亿', 1e12],
    ['三万五', 35000],
    ['一百五', 150],
    ['两千五', 2500],
    ['二〇二五', 2025],
    ['三点五', 3.5],
    ['叁佰', 300],
    ['壹万贰仟', 12000],
  ])('%s = %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBeCloseTo(value, 9);
  });

  it('refuses text that is not a numeral', () => {
    expect(parseChineseNumeral('三个')).toBeUndefined();
    expect(parseChineseNumeral('点五')).toBeUndefined();
    expect(parseChineseNumeral('三点')).toBeUndefined();
  });
});
