import { describe, expect, it } from 'vitest';
import { ENGLISH_NUMBER, parseEnglishNumber } from './english-numerals.js';

describe('parseEnglishNumber', () => {
  it.each([
    ['twelve', 12],
    ['twenty-five', 25],
    ['three hundred and twelve', 312],
    ['two million', 2e6],
    ['a million', 1e6],
    ['one hundred thousand', 1e5],
    ['forty thousand five hundred', 40500],
    ['1 billion', undefined],
  ])('%s = %s', (text, value) => {
    expect(parseEnglishNumber(text)).toBe(value);
  });

  it('finds runs of number words in running text', () => {
    const text = 'About twenty-five thousand riders, and a million more by next year.';
    expect(text.match(ENGLISH_NUMBER)).toEqual(['twenty-five thousand', 'a million']);
    expect('between ten and twenty'.match(ENGLISH_NUMBER)).toEqual(['ten', 'twenty']);
  });
});
