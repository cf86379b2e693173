const ONES: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

const WORD = [...Object.keys(ONES), ...Object.keys(TENS), 'hundred', ...Object.keys(SCALES)].join('|');

/**
 * A run of English number words ("twenty-five", "three hundred and twelve", "two million"), or "a" before
 * hundred/thousand/million/billion ("a million"). A run never starts with a bare scale word, so the
 * "million" of "5.2 million" is left to whoever reads the digits' magnitude. "and" joins only after a scale word, so "between ten and
 * twenty" stays two numbers. Matched case-insensitively on word boundaries.
 */
export const ENGLISH_NUMBER = new RegExp(
  `\\b(?:a\\s+(?=(?:hundred|thousand|million|billion)\\b)|(?!(?:hundred|thousand|million|billion|trillion)\\b))(?:${WORD})(?:(?:(?<=hundred|thousand|million)\\s+and\\s+|[\\s-]+)(?:${WORD}))*\\b`,
  'giu',
);

/** The value of a run matched by `ENGLISH_NUMBER`, or undefined when the words do not form one number. */
export function parseEnglishNumber(text: string): number | undefined {
  const words = text
    .toLowerCase()
    .split(/[\s-]+/u)
    .filter((word) => word !== 'and');
  let total = 0;
  let group = 0;
  let seen = false;
  for (const [index, word] of words.entries()) {
    if (word === 'a' && index === 0) {
      group = 1;
      continue;
    }
    const small = ONES[word] ?? TENS[word];
    if (small !== undefined) {
      group += small;
    } else if (word === 'hundred') {
      group = (group === 0 ? 1 : group) * 100;
    } else {
      const scale = SCALES[word];
      if (scale === undefined) return undefined;
      total += (group === 0 ? 1 : group) * scale;
      group = 0;
    }
    seen = true;
  }
  return seen ? total + group : undefined;
}
