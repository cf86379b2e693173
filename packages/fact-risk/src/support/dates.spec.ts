import { describe, expect, it } from 'vitest';
import { formatDate, supportsDate } from './dates.js';

describe('supportsDate', () => {
  const noYears = new Set<number>();

  it('accepts a draft date that says as much as the brief or less', () => {
    expect(supportsDate({ year: 2025, month: 3, day: 1 }, { month: 3, day: 1 }, noYears)).toBe(true);
    expect(supportsDate({ year: 2025, month: 3, day: 1 }, { year: 2025, month: 3 }, noYears)).toBe(true);
    expect(supportsDate({ year: 2025, month: 3, day: 1 }, { year: 2025 }, noYears)).toBe(true);
  });

  it('refuses a draft date that says more than the brief or something else', () => {
    expect(supportsDate({ month: 3, day: 1 }, { month: 3, day: 5 }, noYears)).toBe(false);
    expect(supportsDate({ month: 3 }, { month: 3, day: 1 }, noYears)).toBe(false);
    expect(supportsDate({ month: 3, day: 1 }, { year: 2024, month: 3, day: 1 }, noYears)).toBe(false);
  });

  it('takes a year the brief states elsewhere, and a quarter from a month inside it', () => {
    expect(supportsDate({ month: 3, day: 1 }, { year: 2025, month: 3, day: 1 }, new Set([2025]))).toBe(true);
    expect(supportsDate({ year: 2025, month: 3 }, { year: 2025, quarter: 1 }, noYears)).toBe(true);
    expect(supportsDate({ year: 2025, month: 4 }, { year: 2025, quarter: 1 }, noYears)).toBe(false);
  });

  it('compares times of day', () => {
    expect(supportsDate({ hour: 19, minute: 30 }, { hour: 19, minute: 30 }, noYears)).toBe(true);
    expect(supportsDate({ hour: 19, minute: 30 }, { hour: 20, minute: 0 }, noYears)).toBe(false);
  });
});

describe('formatDate', () => {
  it.each([
    [{ year: 2025, month: 3, day: 1 }, '2025-03-01'],
    [{ month: 3, day: 1 }, '--03-01'],
    [{ year: 2025, month: 3 }, '2025-03'],
    [{ year: 2025 }, '2025'],
    [{ year: 2025, quarter: 1 }, '2025-Q1'],
    [{ hour: 9, minute: 5 }, '09:05'],
  ])('%o → %s', (date, text) => {
    expect(formatDate(date)).toBe(text);
  });
});
