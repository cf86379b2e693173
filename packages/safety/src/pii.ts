// Detectors for personal data in plain (not de-obfuscated) text: digits must stay exactly as written.

export type PiiKind = 'id_number' | 'bank_card' | 'phone' | 'email' | 'address';

export interface PiiMatch {
  kind: PiiKind;
  /** The match with its middle masked, so evidence never stores the data itself. */
  masked: string;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10x98765432';

/** A mainland resident ID number (GB 11643): area, birth date, sequence, ISO 7064 MOD 11-2 check character. */
export function isChineseIdNumber(candidate: string): boolean {
  const id = candidate.toLowerCase();
  if (!/^[1-9]\d{16}[\dx]$/.test(id)) return false;
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) return false;
  const sum = ID_WEIGHTS.reduce((total, weight, i) => total + weight * Number(id[i]), 0);
  return ID_CHECK[sum % 11] === id[17];
}

/** The Luhn checksum every payment card number carries. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Issuer prefixes of the card networks people in China and abroad carry: UnionPay, Visa, Mastercard, Amex, JCB, Discover. */
const CARD_ISSUER = /^(?:62|4|5[1-5]|2[2-7]|3[47]|35|6011|65)/;

export function isBankCardNumber(digits: string): boolean {
  return (
    digits.length >= 15 &&
    digits.length <= 19 &&
    CARD_ISSUER.test(digits) &&
    passesLuhn(digits) &&
    !isChineseIdNumber(digits)
  );
}

const ID_CANDIDATE = /(?<![\da-z])\d{17}[\dx](?![\da-z])/g;
const CARD_CANDIDATE = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
const PHONE = [
  // Mainland mobile numbers: 1[3-9]x xxxx xxxx, optionally +86.
  /(?<![\d+])(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2}(?!\d)/g,
  // North American numbers: (555) 123-4567, 555-123-4567, +1 555 123 4567.
  /(?<![\d+])(?:\+?1[ .-]?)?(?:\([2-9]\d{2}\)|[2-9]\d{2})[ .-]\d{3}[ .-]\d{4}(?!\d)/g,
];
const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/g;
const ADDRESS = [
  /\p{Script=Han}{2,}(?:路|街|大道|巷|弄|胡同)\d+号(?:院)?(?:\d+(?:号楼|栋|幢))?(?:\d+单元)?(?:\d+室)?/gu,
  /\d+(?:号楼|栋|幢)\d*(?:单元)?\d+室/gu,
  /\b\d{1,5} (?:[a-z]+ ){1,3}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace)\b(?:,? (?:apt|apartment|unit|suite|flat) ?#?\w+)?/g,
];

export function maskPii(value: string): string {
  if (value.length <= 6) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}${value.slice(3, -2).replace(/[\p{L}\p{N}]/gu, '*')}${value.slice(-2)}`;
}

function all(pattern: RegExp, text: string): string[] {
  return [...text.matchAll(pattern)].map((m) => m[0]);
}

/** Every piece of personal data in a plain (lower-case, NFKC) text. */
export function detectPii(plain: string): PiiMatch[] {
  const ids = all(ID_CANDIDATE, plain).filter(isChineseIdNumber);
  const cards = all(CARD_CANDIDATE, plain).filter((c) => isBankCardNumber(c.replace(/[ -]/g, '')));
  const found: [PiiKind, string[]][] = [
    ['id_number', ids],
    ['bank_card', cards],
    ['phone', PHONE.flatMap((p) => all(p, plain))],
    ['email', all(EMAIL, plain)],
    ['address', ADDRESS.flatMap((p) => all(p, plain))],
  ];
  return found.flatMap(([kind, values]) => values.map((value) => ({ kind, masked: maskPii(value) })));
}
