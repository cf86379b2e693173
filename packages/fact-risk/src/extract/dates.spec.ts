import { describe, expect, it } from 'vitest';
import { type DateClaim } from '../claim.js';
import { extractClaims } from './claims.js';

const dates = (text: string) =>
  extractClaims(text).filter((claim): claim is DateClaim => claim.kind === 'date');

describe('dates', () => {
  it.each([
    ['2025年3月1日发布', { year: 2025, month: 3, day: 1 }, '2025年3月1日'],
    ['二〇二五年三月一日', { year: 2025, month: 3, day: 1 }, '二〇二五年三月一日'],
    ['2025 年 7 月 1 日起', { year: 2025, month: 7, day: 1 }, '2025 年 7 月 1 日'],
    ['3月1日开售', { month: 3, day: 1 }, '3月1日'],
    ['十二月开业', { month: 12 }, '十二月'],
    ['2025年3月烘焙', { year: 2025, month: 3 }, '2025年3月'],
    ['始于1998年', { year: 1998 }, '1998年'],
    ['始建于1406年', { year: 1406 }, '1406年'],
    ['2025款新车', { year: 2025 }, '2025'],
    ['2025年第三季度', { year: 2025, quarter: 3 }, '2025年第三季度'],
    ['on March 1, 2025', { year: 2025, month: 3, day: 1 }, 'March 1, 2025'],
    ['on Feb. 27', { month: 2, day: 27 }, 'Feb. 27'],
    ['the 1st of March 2025', { year: 2025, month: 3, day: 1 }, '1st of March 2025'],
    ['in March 2025', { year: 2025, month: 3 }, 'March 2025'],
    ['since May', { month: 5 }, 'May'],
    ['published 2025-03-01', { year: 2025, month: 3, day: 1 }, '2025-03-01'],
    ['due 3/1/2025', { year: 2025, month: 3, day: 1 }, '3/1/2025'],
    ['in Q1 2025', { quarter: 1, year: 2025 }, 'Q1 2025'],
    ['in the third quarter of 2024', { quarter: 3, year: 2024 }, 'third quarter of 2024'],
    ['since 2009', { year: 2009 }, '2009'],
    ['下午3点半开始', { hour: 15, minute: 30 }, '下午3点半'],
    ['7时30分开跑', { hour: 7, minute: 30 }, '7时30分'],
    ['at 10:30 a.m.', { hour: 10, minute: 30 }, '10:30 a.m.'],
  ])('%s', (text, date, written) => {
    expect(dates(text)).toMatchObject([{ date, text: written }]);
  });

  it('reads the closing day of a range with the month of its opening date', () => {
    expect(dates('3月1日至5日').map((claim) => claim.date)).toEqual([
      { month: 3, day: 1 },
      { month: 3, day: 5 },
    ]);
    expect(dates('March 1-3').map((claim) => claim.date)).toEqual([
      { month: 3, day: 1 },
      { month: 3, day: 3 },
    ]);
  });

  it.each([
    ['三个月'],
    ['May I help?'],
    ['sold 2000 units'],
    ['sales of 1200 units'],
    ['2020年代'],
    ['13月'],
    ['续航12小时'],
  ])('finds no date in %s', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
