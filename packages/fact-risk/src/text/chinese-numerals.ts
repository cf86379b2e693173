const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  两: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

/** 十 百 千 scale the digit before them; 万 and 亿 scale everything before them (a "section"). */
const SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };

export const CHINESE_DIGIT_CHARS = Object.keys(DIGITS).join('');
export const CHINESE_UNIT_CHARS = [...Object.keys(SMALL_UNITS), ...Object.keys(LARGE_UNITS)].join('');

/** Value of one magnitude character (十 百 千 万 亿), or undefined. */
export function magnitudeOf(ch: string): number | undefined {
  return SMALL_UNITS[ch] ?? LARGE_UNITS[ch];
}

/**
 * Reads a Chinese numeral: positional (一百二十三万四千, 两千零二十五, 三亿五千万), colloquial with the
 * last unit dropped (三万五 = 35000, 一百五 = 150), digit by digit when there is no unit (二〇二五 = 2025),
 * and with a decimal part after 点 (三点五 = 3.5). Returns undefined for text that is not such a numeral.
 */
export function parseChineseNumeral(text: string): number | undefined {
  const [integerPart = '', fractionPart, ...rest] = text.split('点');
  if (integerPart === '' || fractionPart === '' || rest.length > 0) return undefined;
  const integer = parseInteger([...integerPart]);
  if (integer === undefined || fractionPart === undefined) return integer;
  let fraction = 0;
  let scale = 1;
  for (const ch of fractionPart) {
    const digit = DIGITS[ch];
    if (digit === undefined) return undefined;
    scale /= 10;
    fraction += digit * scale;
  }
  return integer + fraction;
}

function parseInteger(chars: readonly string[]): number | undefined {
  if (chars.some((ch) => DIGITS[ch] === undefined && magnitudeOf(ch) === undefined)) return undefined;
  if (chars.every((ch) => DIGITS[ch] !== undefined)) {
    return chars.reduce((sum, ch) => sum * 10 + (DIGITS[ch] ?? 0), 0);
  }
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  let lastUnit = 1;
  chars.forEach((ch) => {
    const d = DIGITS[ch];
    if (d !== undefined) {
      digit = d;
      return;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      // 十五 = 15: a bare 十 means one ten.
      section += (digit ?? (small === 10 ? 1 : 0)) * small;
    } else {
      const large = LARGE_UNITS[ch] ?? 1;
      // 亿 scales what came before it, 万 sections included (一万亿); 万 only its own section.
      if (large === 1e8) total = (total + section + (digit ?? 0)) * large;
      else total += (section + (digit ?? 0)) * large;
      section = 0;
    }
    lastUnit = magnitudeOf(ch) ?? 1;
    digit = undefined;
  });
  if (digit !== undefined) {
    // 三万五 = 35000, 一百五 = 150: a final digit right after a unit of 100 or more counts one place lower.
    const afterUnit = magnitudeOf(chars[chars.length - 2] ?? '') !== undefined;
    section += afterUnit && lastUnit >= 100 ? digit * (lastUnit / 10) : digit;
  }
  return total + section;
}
