/** A currency written before a figure ("US$5", "¥299", "RMB 500", "人民币500元"), longest first. */
const PREFIXES: readonly (readonly [string, string])[] = [
  ['US$', 'USD'],
  ['HK$', 'HKD'],
  ['人民币', 'CNY'],
  ['RMB', 'CNY'],
  ['CNY', 'CNY'],
  ['USD', 'USD'],
  ['EUR', 'EUR'],
  ['HKD', 'HKD'],
  ['GBP', 'GBP'],
  ['JPY', 'JPY'],
  ['$', 'USD'],
  ['¥', 'CNY'],
  ['￥', 'CNY'],
  ['€', 'EUR'],
  ['£', 'GBP'],
];

/** Chinese currency words right after the figure and its magnitude (5000万美元, 1.2亿元人民币). */
const ZH_SUFFIXES: readonly (readonly [string, string])[] = [
  ['元人民币', 'CNY'],
  ['块钱', 'CNY'],
  ['人民币', 'CNY'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['欧元', 'EUR'],
  ['英镑', 'GBP'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['日元', 'JPY'],
  ['元', 'CNY'],
];

/** English currency words after a space ("5 dollars", "1.2 billion yuan", "300 million RMB"). */
const EN_SUFFIXES: readonly (readonly [RegExp, string])[] = [
  [/^\s(?:US\s)?dollars?\b/iu, 'USD'],
  [/^\s(?:yuan|RMB|CNY)\b/iu, 'CNY'],
  [/^\s(?:euros?|EUR)\b/iu, 'EUR'],
  [/^\s(?:yen|JPY)\b/iu, 'JPY'],
  [/^\s(?:USD)\b/u, 'USD'],
  [/^\s(?:HKD)\b/u, 'HKD'],
  [/^\s(?:GBP|pounds sterling)\b/u, 'GBP'],
];

export interface Marker {
  readonly code: string;
  readonly length: number;
}

/** The currency written just before `end` (the start of the figure), allowing one space between. */
export function currencyBefore(text: string, end: number): Marker | undefined {
  const stop = text[end - 1] === ' ' ? end - 1 : end;
  for (const [symbol, code] of PREFIXES) {
    const start = stop - symbol.length;
    if (start < 0 || text.slice(start, stop) !== symbol) continue;
    // "USD" at the end of a longer word is not a currency.
    if (/^[A-Za-z]/u.test(symbol) && /[A-Za-z]/u.test(text[start - 1] ?? '')) continue;
    return { code, length: end - start };
  }
  return undefined;
}

/** The currency written at `at`, after the figure. "块" is money only when no word or figure follows it ("一块5元"). */
export function currencyAfter(text: string, at: number): Marker | undefined {
  const gap = /^[ \t]*/u.exec(text.slice(at))?.[0].length ?? 0;
  for (const [word, code] of ZH_SUFFIXES) {
    if (text.startsWith(word, at + gap)) return { code, length: gap + word.length };
  }
  if (text[at + gap] === '块' && !/[\u4e00-\u9fff\d]/u.test(text[at + gap + 1] ?? ''))
    return { code: 'CNY', length: gap + 1 };
  const after = text.slice(at);
  for (const [pattern, code] of EN_SUFFIXES) {
    const match = pattern.exec(after);
    if (match) return { code, length: match[0].length };
  }
  return undefined;
}

export interface PercentMarker {
  readonly length: number;
  /** "个百分点" and "percentage points" are differences of two shares, not shares. */
  readonly points: boolean;
}

export function percentAfter(text: string, at: number): PercentMarker | undefined {
  const match = /^(?:[ \t]*%|\s(?:percent|per cent)\b|[ \t]*个百分点|\s(?:percentage points?|pp)\b)/iu.exec(
    text.slice(at),
  );
  if (!match) return undefined;
  return { length: match[0].length, points: /百分点|points?|pp/iu.test(match[0]) };
}
