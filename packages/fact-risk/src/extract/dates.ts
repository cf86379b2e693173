import { type DateClaim, type DateValue, overlaps } from '../claim.js';
import { parseChineseNumeral } from '../text/chinese-numerals.js';
import { allMatches } from '../text/all-matches.js';

const ZH_SMALL = '[零〇一二两三四五六七八九十]{1,3}';
const ZH_YEAR = '[〇零一二三四五六七八九]{4}';
const YEAR = `(?<![\\d.])(\\d{4}|${ZH_YEAR})`;
const MONTH = `(\\d{1,2}|${ZH_SMALL})`;
const DAY = `(\\d{1,2}|${ZH_SMALL})`;
const S = '[ \\t]*';

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_NAME =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ORDINAL = '(?:st|nd|rd|th)?';
/** Words after which a bare month name or a four-digit number is a date: "in May", "since 2019". */
const DATE_LEAD =
  '(?:in|since|until|till|by|from|of|during|through|before|after|early|late|mid|last|next|this|throughout|circa|around|fiscal|FY|year|spring|summer|autumn|fall|winter)';

type Builder = (groups: readonly (string | undefined)[]) => DateValue | undefined;

interface DatePattern {
  readonly pattern: RegExp;
  readonly build: Builder;
}

const num = (text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  if (/^\d+$/u.test(text)) return Number(text);
  return parseChineseNumeral(text);
};
const monthByName = (name: string | undefined) =>
  name === undefined
    ? undefined
    : MONTH_NAMES.findIndex((full) => full.startsWith(name.toLowerCase().slice(0, 3))) + 1;
const twelveHour = (hour: number | undefined, marker: string | undefined) => {
  if (hour === undefined || marker === undefined) return hour;
  const afternoon =
    /^(?:p|下午|晚|傍晚|中午)/iu.test(marker) && hour < 12 && !(/^中午/u.test(marker) && hour >= 11);
  return afternoon ? hour + 12 : hour;
};
const QUARTERS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

const PATTERNS: readonly DatePattern[] = [
  // 2025年3月1日, 二〇二五年三月一日, 2025 年 7 月 1 日
  {
    pattern: new RegExp(`${YEAR}${S}年${S}${MONTH}${S}月${S}${DAY}${S}[日号]`, 'gu'),
    build: ([y, m, d]) => ({ year: num(y), month: num(m), day: num(d) }),
  },
  {
    pattern: new RegExp(`${YEAR}${S}年${S}${MONTH}${S}月份?`, 'gu'),
    build: ([y, m]) => ({ year: num(y), month: num(m) }),
  },
  {
    pattern: new RegExp(`(?<![\\d个])${MONTH}${S}月${S}${DAY}${S}[日号]`, 'gu'),
    build: ([m, d]) => ({ month: num(m), day: num(d) }),
  },
  {
    pattern: new RegExp(`(?<![\\d个${'零〇一二两三四五六七八九十'}])${MONTH}${S}月份?(?![\\d亿万])`, 'gu'),
    build: ([m]) => ({ month: num(m) }),
  },
  {
    pattern: new RegExp(`${YEAR}${S}(?:年(?!代|龄|级|纪)|(?=款|版|赛季|财年|年度))`, 'gu'),
    build: ([y]) => ({ year: num(y) }),
  },
  // 2025年第一季度, 一季度, Q1 2025, the third quarter of 2025
  {
    pattern: new RegExp(`(?:${YEAR}${S}年${S})?第?([一二三四1-4])${S}季度`, 'gu'),
    build: ([y, q]) => ({ ...(y && { year: num(y) }), quarter: num(q) }),
  },
  {
    pattern: /\bQ([1-4])(?:[ \t]*(?:of[ \t]+)?(\d{4}))?\b/gu,
    build: ([q, y]) => ({ quarter: num(q), ...(y && { year: num(y) }) }),
  },
  {
    pattern: /\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of\s+(\d{4}))?/giu,
    build: ([q, y]) => ({ quarter: QUARTERS[q?.toLowerCase() ?? ''], ...(y && { year: num(y) }) }),
  },
  // 2025-03-01, 2025/3/1, 2025.03.01, 2025-03
  {
    pattern: /\b(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\b/gu,
    build: ([y, , m, d]) => ({ year: num(y), month: num(m), day: num(d) }),
  },
  { pattern: /\b(\d{4})[-/](\d{1,2})\b(?![-/.]\d)/gu, build: ([y, m]) => ({ year: num(y), month: num(m) }) },
  // 3/1/2025 (US order)
  {
    pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/gu,
    build: ([m, d, y]) => ({ year: num(y), month: num(m), day: num(d) }),
  },
  // March 1, 2025; Mar. 1st; 1 March 2025; the 1st of March; March 2025
  {
    pattern: new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})${ORDINAL}\\b(?:,?\\s+(\\d{4})\\b)?`, 'gu'),
    build: ([mn, d, y]) => ({ ...(y && { year: num(y) }), month: monthByName(mn), day: num(d) }),
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH_NAME}(?:,?\\s+(\\d{4})\\b)?`, 'gu'),
    build: ([d, mn, y]) => ({ ...(y && { year: num(y) }), month: monthByName(mn), day: num(d) }),
  },
  {
    pattern: new RegExp(`\\b${MONTH_NAME},?\\s+(\\d{4})\\b`, 'gu'),
    build: ([mn, y]) => ({ year: num(y), month: monthByName(mn) }),
  },
  {
    pattern: new RegExp(
      `(?<=\\b${DATE_LEAD}[\\s-]+(?:the\\s+)?(?:(?:early|late)\\s+|mid-)?)${MONTH_NAME}(?![\\w-])`,
      'giu',
    ),
    build: ([mn]) => ({ month: monthByName(mn) }),
  },
  {
    pattern: new RegExp(`(?<=\\b${DATE_LEAD}\\s+(?:the\\s+)?)(\\d{4})\\b(?![,.]\\d|\\s*%)`, 'giu'),
    // A bare four-digit figure is a year only in the range a draft is likely to mean ("sales of 1200 units").
    build: ([y]) => (Number(y) >= 1900 ? { year: num(y) } : undefined),
  },
  // Times of day: 上午10点, 下午3点半, 10:30 a.m., 9 pm
  {
    pattern: new RegExp(
      `(上午|下午|晚上|早上|凌晨|中午|傍晚|晚)${S}(\\d{1,2}|${ZH_SMALL})${S}[点时:：](?:${S}(\\d{1,2}|半|${ZH_SMALL})${S}分?)?`,
      'gu',
    ),
    build: ([p, h, m]) => ({ hour: twelveHour(num(h), p), minute: m === '半' ? 30 : (num(m) ?? 0) }),
  },
  {
    pattern: /\b(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?(?![a-z])/giu,
    build: ([h, m, p]) => ({ hour: twelveHour(num(h), p), minute: num(m) ?? 0 }),
  },
  {
    pattern: /(?<![\d:])(\d{1,2})[:：](\d{2})(?=\s*(?:[点时]|左右|前后|开始|举行|起))/gu,
    build: ([h, m]) => ({ hour: num(h), minute: num(m) }),
  },
  // 7时30分, 7点30分, 7点半, 16时: an hour with its minutes, or 时 alone (点 alone is also "point").
  {
    pattern: new RegExp(
      `(?<![\\d.])(\\d{1,2}|${ZH_SMALL})${S}[点时]${S}(?:(半)|(\\d{1,2}|${ZH_SMALL})${S}分)`,
      'gu',
    ),
    build: ([h, half, m]) => ({ hour: num(h), minute: half ? 30 : num(m) }),
  },
  {
    pattern: /(?<![\d.])(\d{1,2})[ \t]*时(?![间候代期刻尚速光段])/gu,
    build: ([h]) => ({ hour: num(h), minute: 0 }),
  },
];

/** The day that closes a range after a full date: 3月1日至5日, March 1-3. */
const ZH_RANGE_END = new RegExp(`^${S}[-–—~～至到]${S}${DAY}${S}[日号]`, 'u');
const EN_RANGE_END = /^\s*(?:-|–|—|to|through)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|[a-z]))/iu;

/** Dates and times of day, with as many fields as the text states. Longest reading wins where they overlap. */
export function extractDates(text: string): DateClaim[] {
  const candidates: DateClaim[] = [];
  for (const { pattern, build } of PATTERNS) {
    for (const match of allMatches(text, pattern)) {
      const date = clean(build(match.slice(1)));
      if (date === undefined) continue;
      candidates.push({
        kind: 'date',
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        date,
      });
    }
  }
  const claims: DateClaim[] = [];
  for (const candidate of candidates.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  )) {
    if (!claims.some((claim) => overlaps(claim, candidate))) claims.push(candidate);
  }
  return withRangeEnds(text, claims).sort((a, b) => a.start - b.start);
}

function withRangeEnds(text: string, claims: readonly DateClaim[]): DateClaim[] {
  const all = [...claims];
  for (const claim of claims) {
    if (claim.date.day === undefined) continue;
    const after = text.slice(claim.end);
    const match = ZH_RANGE_END.exec(after) ?? EN_RANGE_END.exec(after);
    const day = num(match?.[1]);
    if (!match || day === undefined || day > 31) continue;
    const start = claim.end + match[0].indexOf(match[1] ?? '');
    const end = claim.end + match[0].length;
    if (all.some((other) => overlaps(other, { start, end }))) continue;
    all.push({ kind: 'date', start, end, text: text.slice(start, end), date: { ...claim.date, day } });
  }
  return all;
}

/** Drops unset fields and refuses impossible values (month 13, 25 o'clock, a year outside 1000–2100). */
function clean(date: DateValue | undefined): DateValue | undefined {
  if (date === undefined) return undefined;
  const entries = Object.entries(date).filter(([, value]) => value !== undefined);
  const result = Object.fromEntries(entries) as DateValue;
  const { year, quarter, month, day, hour, minute } = result;
  const bad =
    (year !== undefined && (year < 1000 || year > 2100)) ||
    (quarter !== undefined && (quarter < 1 || quarter > 4)) ||
    (month !== undefined && (month < 1 || month > 12)) ||
    (day !== undefined && (day < 1 || day > 31)) ||
    (hour !== undefined && (hour < 0 || hour > 24)) ||
    (minute !== undefined && (minute < 0 || minute > 59));
  return bad || entries.length === 0 ? undefined : result;
}
