import { type Approximation, type QuantityClaim, type Span, overlaps } from '../claim.js';
import { magnitudeOf } from '../text/chinese-numerals.js';
import { matchUnit, toBase } from '../text/units.js';
import { CLASSIFIERS, hedgeAfter, hedgeBefore } from './context-words.js';
import { isLayoutDigits, isShotTiming } from './layout.js';
import { currencyAfter, currencyBefore, percentAfter } from './money-and-percent.js';
import { type NumberToken, findNumberTokens } from './number-tokens.js';
import { allMatches } from '../text/all-matches.js';

export interface QuantityOptions {
  /**
   * Brief text is read permissively: every figure counts, including small counts in words and figures
   * without a unit, because anything the brief states may support the draft.
   */
  readonly permissive?: boolean;
}

interface Reading {
  readonly token: NumberToken;
  readonly start: number;
  end: number;
  amount: number;
  magnified: boolean;
  kind: QuantityClaim['kind'];
  unit?: string;
  currency?: string;
  approximation?: Approximation;
}

const ZH_MAGNITUDE = /^[ \t]*([十百千万亿]+)/u;
const EN_MAGNITUDES: readonly (readonly [RegExp, number])[] = [
  [/^\s(?:thousand)\b/iu, 1e3],
  [/^\s(?:million)\b/iu, 1e6],
  [/^\s(?:billion)\b/iu, 1e9],
  [/^\s(?:trillion)\b/iu, 1e12],
  [/^\s?(?:bn)\b/u, 1e9],
  [/^\s?(?:mn|mln)\b/u, 1e6],
  [/^M(?![A-Za-z])/u, 1e6],
];
/** k, m and b after digits are thousand, million and billion only in an amount of money or a big count. */
const EN_MONEY_MAGNITUDES: readonly (readonly [RegExp, number])[] = [
  [/^[kK](?![A-Za-z])/u, 1e3],
  [/^m(?![A-Za-z])/u, 1e6],
  [/^B(?![A-Za-z])/u, 1e9],
];
const MAGNITUDE_WORD = /[万亿]|thousand|million|billion|trillion/iu;
const DISCOUNT = /^[ \t]*折(?![叠扣腾磨射算合旧])/u;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)\b/iu;
const RANGE_GAP = /^\s*(?:-|–|—|~|～|至|到|to|and)\s*$/u;

/** Set phrases whose numerals are not figures (十分 = "very"). */
const ZH_IDIOMS = ['十分', '万分', '十万火急', '一五一十', '十全十美'];

/** Dimensions a small number in words must carry to be a claim: 两年, three hours, 两倍. */
const MEASURED = new Set([
  'time',
  'calendar',
  'length',
  'mass',
  'volume',
  'area',
  'charge',
  'energy',
  'power',
  'multiple',
]);

const PHONE =
  /(?<![\d-])(?:\+\d{1,3}[ -]?)?(?:\d{3,4}[- ]\d{3,4}[- ]\d{3,4}|1[3-9]\d{9}|400\d{7})(?![\d-])/gu;

/**
 * Numbers, amounts of money and percentages, with magnitude (万, 亿, million, k), unit, currency and any
 * hedge ("约", "more than") read from around the figure. Text inside `taken` (dates, web addresses) is
 * skipped. Phone numbers are kept as digit strings.
 */
export function extractQuantities(
  text: string,
  taken: readonly Span[],
  options: QuantityOptions,
): QuantityClaim[] {
  const claims: QuantityClaim[] = [];
  for (const match of allMatches(text, PHONE)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (taken.some((other) => overlaps(other, span))) continue;
    claims.push({
      kind: 'number',
      ...span,
      text: match[0],
      quantity: { amount: Number(match[0].replace(/\D/gu, '')), digits: match[0].replace(/\D/gu, '') },
    });
  }
  const skip = [...taken, ...claims];
  const readings: Reading[] = [];
  for (const token of findNumberTokens(text)) {
    if (skip.some((span) => overlaps(span, token))) continue;
    if (readings.some((reading) => reading.end > token.start)) continue;
    const reading = read(text, token);
    if (reading && reading.kind === 'number' && !reading.unit) unitAfterAWord(text, reading);
    if (reading) readings.push(reading);
  }
  inheritAcrossRanges(text, readings);
  for (const reading of readings) {
    if (!options.permissive && !isClaim(text, reading)) continue;
    const { start, end, amount, kind, unit, currency, approximation } = reading;
    claims.push({
      kind,
      start,
      end,
      text: text.slice(start, end),
      quantity: {
        amount,
        ...(unit && { unit }),
        ...(currency && { currency }),
        ...(approximation && { approximation }),
      },
    });
  }
  return claims.sort((a, b) => a.start - b.start);
}

/** Reads the magnitude, unit, currency, percent sign and hedges around one figure. */
function read(text: string, token: NumberToken): Reading | undefined {
  if (token.form === 'digits' && ORDINAL_SUFFIX.test(text.slice(token.end))) return undefined;
  const prefix = currencyBefore(text, token.start);
  const reading: Reading = {
    token,
    start: token.start - (prefix?.length ?? 0),
    end: token.end,
    amount: token.value,
    magnified: MAGNITUDE_WORD.test(text.slice(token.start, token.end)),
    kind: prefix ? 'money' : 'number',
    ...(prefix && { currency: prefix.code }),
  };
  const hedgeInside = () => {
    if (!isHedgeInside(text, reading.end)) return;
    reading.approximation = 'over';
    reading.end += 1;
  };
  hedgeInside();
  readMagnitude(text, reading);
  hedgeInside();
  readSuffix(text, reading);
  if (token.form === 'digits' && /^[A-Za-z]/u.test(text.slice(reading.end)) && reading.end === token.end) {
    // Digits touching letters that are no unit: a model or code such as 5G or 3D.
    return undefined;
  }
  const before = text.slice(Math.max(0, reading.start - 14), reading.start);
  reading.approximation ??= hedgeBefore(before) ?? hedgeAfter(text.slice(reading.end));
  return reading;
}

/** A unit may follow one more English word ("225 Earth days", "250,000-square-foot"): the figure still measures in it. */
function unitAfterAWord(text: string, reading: Reading): void {
  const word = /^[ \t-]+[A-Za-z]+(?=[ \t-])/u.exec(text.slice(reading.end));
  const unit = word && matchUnit(text, reading.end + word[0].length);
  if (unit) reading.unit = unit.id;
}

/** "+" (10万+) and, when the figure goes on after them, 多 and 余 (300多万元, 三十余家). */
function isHedgeInside(text: string, at: number): boolean {
  const ch = text[at] ?? '';
  if (ch === '+') return true;
  if (ch !== '多' && ch !== '余') return false;
  const next = text[at + 1] ?? '';
  return (
    magnitudeOf(next) !== undefined ||
    CLASSIFIERS.has(next) ||
    matchUnit(text, at + 1) !== undefined ||
    currencyAfter(text, at + 1) !== undefined
  );
}

function readMagnitude(text: string, reading: Reading): void {
  const after = text.slice(reading.end);
  const zh = ZH_MAGNITUDE.exec(after);
  if (zh && reading.token.form !== 'english') {
    reading.amount *= [...(zh[1] ?? '')].reduce((product, ch) => product * (magnitudeOf(ch) ?? 1), 1);
    reading.end += zh[0].length;
    reading.magnified = true;
    return;
  }
  if (reading.token.form !== 'digits') return;
  const money = reading.currency !== undefined || reading.amount >= 10;
  const table = money ? [...EN_MAGNITUDES, ...EN_MONEY_MAGNITUDES] : EN_MAGNITUDES;
  for (const [pattern, factor] of table) {
    const match = pattern.exec(after);
    if (!match) continue;
    // "5m" is five metres unless it is money.
    if (match[0] === 'm' && reading.currency === undefined) return;
    reading.amount *= factor;
    reading.end += match[0].length;
    reading.magnified = true;
    return;
  }
}

function readSuffix(text: string, reading: Reading): void {
  const percent = percentAfter(text, reading.end);
  if (percent) {
    reading.kind = 'percentage';
    if (percent.points) reading.unit = 'pp';
    reading.end += percent.length;
    return;
  }
  const discount = DISCOUNT.exec(text.slice(reading.end));
  if (discount) {
    // 8折 and 七五折 are 80% and 75% of the price.
    reading.kind = 'percentage';
    reading.unit = 'discount';
    reading.amount = reading.amount < 10 ? reading.amount * 10 : reading.amount;
    reading.end += discount[0].length;
    return;
  }
  const currency = currencyAfter(text, reading.end);
  if (currency) {
    reading.kind = 'money';
    reading.currency = currency.code;
    reading.end += currency.length;
    return;
  }
  if (reading.kind === 'money') return;
  const unit = matchUnit(text, reading.end);
  if (unit) {
    reading.unit = unit.id;
    reading.end = unit.end;
    return;
  }
  const gap = /^[ \t]*/u.exec(text.slice(reading.end))?.[0].length ?? 0;
  if (CLASSIFIERS.has(text[reading.end + gap] ?? '')) reading.unit = 'count';
}

/**
 * "3-5万", "$5-10 million", "20 to 30 percent": a bare first figure takes the magnitude, unit, currency
 * and percent sign the range states once, and a currency written first carries over to the second.
 */
function inheritAcrossRanges(text: string, readings: Reading[]): void {
  for (let i = 0; i + 1 < readings.length; i += 1) {
    const first = readings[i];
    const second = readings[i + 1];
    if (!first || !second || !RANGE_GAP.test(text.slice(first.end, second.start))) continue;
    if (first.kind === 'money' && second.kind === 'number' && !second.unit) {
      second.kind = 'money';
      second.currency = first.currency;
    }
    if (first.unit || (first.kind !== 'number' && first.kind !== second.kind)) continue;
    if (first.kind === 'number') {
      first.kind = second.kind;
      if (second.unit) first.unit = second.unit;
      if (second.currency) first.currency = second.currency;
    }
    const secondFactor = second.amount / second.token.value;
    if (!first.magnified && second.magnified && secondFactor > 1) {
      first.amount *= secondFactor;
      first.magnified = true;
    }
  }
}

/**
 * Whether a figure in a draft is a claim worth checking. Digits always are, unless they lay out the
 * draft. Numbers in words need context: small ones ("one", "两个") are how people write, so they count only
 * as money, a percentage or a measurement; a Chinese numeral below 100 needs a unit or classifier.
 */
function isClaim(text: string, reading: Reading): boolean {
  const { token } = reading;
  if (reading.unit === 's' && isShotTiming(text, reading)) return false;
  if (token.form === 'digits') return !isLayoutDigits(text, token);
  if (token.form === 'chinese' && ZH_IDIOMS.some((idiom) => idiomCovers(text, idiom, token))) return false;
  if (reading.kind !== 'number') return true;
  if (reading.amount < 10 && !reading.magnified) {
    const dimension = reading.unit ? toBase(1, reading.unit)?.dimension : undefined;
    return reading.amount >= 2 && dimension !== undefined && MEASURED.has(dimension);
  }
  if (token.form === 'chinese' && reading.amount < 100) return reading.unit !== undefined;
  return true;
}

function idiomCovers(text: string, idiom: string, span: Span): boolean {
  for (let at = text.indexOf(idiom, Math.max(0, span.start - idiom.length)); at !== -1 && at <= span.start;) {
    if (at + idiom.length >= span.end) return true;
    at = text.indexOf(idiom, at + 1);
  }
  return false;
}
