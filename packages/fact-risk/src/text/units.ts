/**
 * Units a figure can carry. Units of one dimension convert into each other through `factor` (to the
 * dimension's base unit), so "2小时" and "120 minutes" are the same claim. Dimensions that do not convert
 * reliably (days and months, data sizes written by vendors in 1000s or 1024s) are kept apart.
 */
interface UnitDefinition {
  readonly id: string;
  readonly dimension: string;
  readonly factor: number;
  /** Chinese spellings, matched right after the figure (spaces allowed). */
  readonly zh?: readonly string[];
  /** Latin symbols, matched case-sensitively and not followed by a letter ("5 km", "3kg"). */
  readonly symbols?: readonly string[];
  /** English words, matched case-insensitively after a space or hyphen ("30-day", "3 years"). */
  readonly words?: readonly string[];
}

const UNITS: readonly UnitDefinition[] = [
  {
    id: 's',
    dimension: 'time',
    factor: 1,
    zh: ['秒钟', '秒'],
    symbols: ['s', 'sec'],
    words: ['seconds', 'second', 'secs'],
  },
  {
    id: 'min',
    dimension: 'time',
    factor: 60,
    zh: ['分钟'],
    symbols: ['min', 'mins'],
    words: ['minutes', 'minute'],
  },
  {
    id: 'h',
    dimension: 'time',
    factor: 3600,
    zh: ['小时', '钟头'],
    symbols: ['h', 'hr', 'hrs'],
    words: ['hours', 'hour'],
  },
  { id: 'day', dimension: 'time', factor: 86400, zh: ['天', '日'], words: ['days', 'day'] },
  { id: 'week', dimension: 'time', factor: 604800, zh: ['周', '星期', '礼拜'], words: ['weeks', 'week'] },
  { id: 'month', dimension: 'calendar', factor: 1, zh: ['月'], words: ['months', 'month'] },
  { id: 'year', dimension: 'calendar', factor: 12, zh: ['年'], words: ['years', 'year'] },
  { id: 'mm', dimension: 'length', factor: 0.001, zh: ['毫米'], symbols: ['mm'] },
  { id: 'cm', dimension: 'length', factor: 0.01, zh: ['厘米', '公分'], symbols: ['cm'] },
  {
    id: 'm',
    dimension: 'length',
    factor: 1,
    zh: ['米'],
    symbols: ['m'],
    words: ['metres', 'meters', 'metre', 'meter'],
  },
  {
    id: 'km',
    dimension: 'length',
    factor: 1000,
    zh: ['公里', '千米'],
    symbols: ['km'],
    words: ['kilometres', 'kilometers', 'kilometre', 'kilometer'],
  },
  { id: 'inch', dimension: 'length', factor: 0.0254, zh: ['英寸', '寸'], words: ['inches', 'inch'] },
  { id: 'ft', dimension: 'length', factor: 0.3048, zh: ['英尺'], symbols: ['ft'], words: ['feet', 'foot'] },
  { id: 'mile', dimension: 'length', factor: 1609.344, zh: ['英里'], words: ['miles', 'mile'] },
  { id: 'mg', dimension: 'mass', factor: 0.001, zh: ['毫克'], symbols: ['mg'] },
  { id: 'g', dimension: 'mass', factor: 1, zh: ['克'], symbols: ['g'], words: ['grams', 'gram'] },
  {
    id: 'kg',
    dimension: 'mass',
    factor: 1000,
    zh: ['千克', '公斤'],
    symbols: ['kg'],
    words: ['kilograms', 'kilogram', 'kilos'],
  },
  { id: 'jin', dimension: 'mass', factor: 500, zh: ['斤'] },
  { id: 't', dimension: 'mass', factor: 1e6, zh: ['吨'], words: ['tonnes', 'tonne', 'tons', 'ton'] },
  { id: 'lb', dimension: 'mass', factor: 453.59237, symbols: ['lb', 'lbs'] },
  {
    id: 'ml',
    dimension: 'volume',
    factor: 1,
    zh: ['毫升'],
    symbols: ['ml', 'mL'],
    words: ['millilitres', 'milliliters'],
  },
  {
    id: 'l',
    dimension: 'volume',
    factor: 1000,
    zh: ['升'],
    symbols: ['L', 'l'],
    words: ['litres', 'liters', 'litre', 'liter'],
  },
  {
    id: 'm2',
    dimension: 'area',
    factor: 1,
    zh: ['平方米', '平米'],
    symbols: ['m²', 'm2', 'sqm'],
    words: ['square metres', 'square meters'],
  },
  { id: 'mu', dimension: 'area', factor: 666.667, zh: ['亩'] },
  { id: 'mAh', dimension: 'charge', factor: 1, zh: ['毫安时', '毫安'], symbols: ['mAh'] },
  { id: 'Wh', dimension: 'energy', factor: 1, zh: ['瓦时'], symbols: ['Wh'] },
  { id: 'kWh', dimension: 'energy', factor: 1000, zh: ['千瓦时'], symbols: ['kWh'] },
  { id: 'W', dimension: 'power', factor: 1, zh: ['瓦'], symbols: ['W'], words: ['watts', 'watt'] },
  { id: 'kW', dimension: 'power', factor: 1000, zh: ['千瓦'], symbols: ['kW'] },
  { id: 'MB', dimension: 'data-mb', factor: 1, symbols: ['MB'] },
  { id: 'GB', dimension: 'data-gb', factor: 1, symbols: ['GB'] },
  { id: 'TB', dimension: 'data-tb', factor: 1, symbols: ['TB'] },
  { id: 'Hz', dimension: 'frequency', factor: 1, zh: ['赫兹'], symbols: ['Hz'] },
  { id: 'fps', dimension: 'frame-rate', factor: 1, zh: ['帧'], symbols: ['fps'] },
  { id: 'C', dimension: 'temperature', factor: 1, zh: ['摄氏度', '℃'], symbols: ['°C', '℃'] },
  { id: 'x', dimension: 'multiple', factor: 1, zh: ['倍'], symbols: ['x', '×'], words: ['times'] },
  { id: 'star', dimension: 'rating', factor: 1, zh: ['星'], words: ['stars', 'star'] },
  { id: 'score', dimension: 'score', factor: 1, zh: ['分'], words: ['points', 'point'] },
  // Things counted with a Chinese classifier (三家, 两款); set by the reader of classifiers, never spelled.
  { id: 'count', dimension: 'count', factor: 1 },
];

const BY_ID = new Map(UNITS.map((unit) => [unit.id, unit]));

export interface UnitSpelling {
  readonly id: string;
  readonly spelling: string;
  readonly style: 'zh' | 'symbol' | 'word';
  /** A Chinese spelling that `个` may precede (not a length: 三个月, but not 三个米). */
  readonly afterGe: boolean;
  /** The code of the first letter when it is a lower-case ASCII letter, else -1. */
  readonly asciiFirst: number;
}

const spellingOf = (unit: UnitDefinition, spelling: string, style: UnitSpelling['style']) => {
  const first = spelling.charCodeAt(0);
  return {
    id: unit.id,
    spelling,
    style,
    afterGe: BY_ID.get(unit.id)?.dimension !== 'length',
    asciiFirst: first >= 0x61 && first <= 0x7a ? first : -1,
  };
};

/** Every spelling, longest first so "km" wins over "m"; exported for the spec's reference matcher. */
export const SPELLINGS: readonly UnitSpelling[] = UNITS.flatMap((unit) => [
  ...(unit.zh ?? []).map((spelling) => spellingOf(unit, spelling, 'zh')),
  ...(unit.symbols ?? []).map((spelling) => spellingOf(unit, spelling, 'symbol')),
  ...(unit.words ?? []).map((spelling) => spellingOf(unit, spelling, 'word')),
]).sort((a, b) => b.spelling.length - a.spelling.length);

/** Space, tab, no-break space and ideographic space: what may stand between a figure and its unit. */
const isGap = (code: number) => code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000;

const LATIN_LETTER = /[A-Za-z]/u;

export interface UnitMatch {
  readonly id: string;
  /** Offset just past the unit. */
  readonly end: number;
}

/**
 * The unit written at `at` (after the figure and any magnitude): Chinese spellings may follow spaces,
 * symbols may follow one space, words need a space or hyphen before them ("30-day"). `个` may precede a
 * Chinese time unit (三个月, 两个小时).
 */
export function matchUnit(text: string, at: number): UnitMatch | undefined {
  let gap = 0;
  while (isGap(text.charCodeAt(at + gap))) gap++;
  const hyphen = text[at] === '-' ? 1 : 0;
  const zhStart = at + gap;
  const ge = text[zhStart] === '个' ? 1 : 0;
  const symbolStart = at + Math.min(gap, 1);
  const wordStart = at + Math.max(gap, hyphen);
  // An ASCII character lower-cases to one ASCII character whatever follows it, so when the word would
  // start with one, spellings starting with another letter cannot match and skip the slice-and-lower.
  const wordFirst = text.charCodeAt(wordStart);
  const wordFirstLower = wordFirst < 0x80 ? wordFirst | 0x20 : -1;
  for (const { id, spelling, style, afterGe, asciiFirst } of SPELLINGS) {
    if (style === 'zh') {
      const start = zhStart + (afterGe ? ge : 0);
      if (text.startsWith(spelling, start)) return { id, end: start + spelling.length };
      continue;
    }
    let start = symbolStart;
    if (style === 'word') {
      start = wordStart;
      if (start === at) continue;
      if (wordFirstLower !== -1 && asciiFirst !== -1 && wordFirstLower !== asciiFirst) continue;
      if (text.slice(start, start + spelling.length).toLowerCase() !== spelling) continue;
    } else if (!text.startsWith(spelling, start)) {
      continue;
    }
    if (LATIN_LETTER.test(text[start + spelling.length] ?? '')) continue;
    return { id, end: start + spelling.length };
  }
  return undefined;
}

/** The amount in the base unit of its dimension, with the dimension, or undefined for an unknown unit. */
export function toBase(amount: number, unit: string): { value: number; dimension: string } | undefined {
  const definition = BY_ID.get(unit);
  return definition && { value: amount * definition.factor, dimension: definition.dimension };
}
