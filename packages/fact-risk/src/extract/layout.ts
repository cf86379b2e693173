import { type Span } from '../claim.js';
import { allMatches } from '../text/all-matches.js';

const URL_OR_EMAIL = /\bhttps?:\/\/\S+|\bwww\.\S+|[\w.+-]+@[\w-]+\.[\w.]+/giu;
/** What every match of URL_OR_EMAIL contains, with the same flags. */
const ADDRESS_MARK = /@|http|www\./iu;

/** Web addresses and e-mail addresses: their digits are identifiers, not claims. */
export function addressSpans(text: string): Span[] {
  // Without a mark the pattern would still try an e-mail at every word, to fail at the missing "@".
  if (!ADDRESS_MARK.test(text)) return [];
  return allMatches(text, URL_OR_EMAIL).map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

const lineStartOf = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;

/** Words that number a part of the draft itself: scene 2, 镜头3, step 1, 第4步. */
const SECTION_WORD =
  /(?:镜头|场景|画面|分镜|片段|步骤|第|Scene|Shot|Step|Part|Slide|Chapter|Tip|No\.|#)\s*$/iu;
const LIST_MARKER_AFTER = /^[.、)）:：](?!\d)/u;
const LIST_MARKER_BEFORE = /^[ \t]*(?:[-*•][ \t]*)?[(（]?$/u;
/** "Step 2:", "Day 3.", "方法2：" — a word and a number labelling a line. */
const ENUMERATED_LABEL_BEFORE = /^[ \t]*(?:[-*•#][ \t]*)?[\p{L}]{1,12}[ \t]*$/u;

/**
 * Digits that lay out the draft rather than claim anything: list numbers ("1.", "（2）"), section and step
 * numbers ("Step 2:", 镜头3), time codes and ratios (0:05, 16:9), fractions and rates written with a slash (24/7), model
 * names and codes touching letters (A17, Mate60, COVID-19).
 */
export function isLayoutDigits(text: string, token: Span): boolean {
  const lineStart = lineStartOf(text, token.start);
  const before = text.slice(lineStart, token.start);
  const after = text.slice(token.end, token.end + 2);
  if (LIST_MARKER_BEFORE.test(before) && LIST_MARKER_AFTER.test(after)) return true;
  if (ENUMERATED_LABEL_BEFORE.test(before) && LIST_MARKER_AFTER.test(after.trimStart())) return true;
  if (SECTION_WORD.test(before)) return true;
  const previous = text[token.start - 1] ?? '';
  const next = text[token.end] ?? '';
  if (/[:/]/u.test(next) && /\d/u.test(text[token.end + 1] ?? '')) return true;
  if (/[:/]/u.test(previous) && /\d/u.test(text[token.start - 2] ?? '')) return true;
  if (/[A-Za-z]/u.test(previous)) return true;
  return previous === '-' && /[A-Za-z]/u.test(text[token.start - 2] ?? '');
}

/** Nothing before the duration on its line but a bullet, or the start of a range ("5-20秒 |"). */
const LINE_START_TIMING =
  /^[ \t]*(?:[-*•][ \t]*)?(?:\d+(?:\.\d+)?[ \t]*(?:s|秒钟|秒)?[ \t]*[-–—~～至到][ \t]*)?$/u;
const BRACKET_PAIRS: Readonly<Record<string, string>> = { '[': ']', '【': '】', '(': ')', '（': '）' };
const CLOSING = new Set(Object.values(BRACKET_PAIRS));

/**
 * A duration in seconds that times a shot of a video script: at the start of a line ("0-3秒：…") or inside
 * brackets ("【镜头1，3秒】", "[0–5s]"). A script's shot timing is direction, not a claim about the world.
 */
export function isShotTiming(text: string, span: Span): boolean {
  const lineStart = lineStartOf(text, span.start);
  if (LINE_START_TIMING.test(text.slice(lineStart, span.start))) return true;
  for (let i = span.start - 1; i >= lineStart; i -= 1) {
    const ch = text[i] ?? '';
    if (CLOSING.has(ch)) return false;
    const close = BRACKET_PAIRS[ch];
    if (close === undefined) continue;
    const lineEnd = text.indexOf('\n', span.end);
    const closeAt = text.indexOf(close, span.end);
    return closeAt !== -1 && (lineEnd === -1 || closeAt < lineEnd);
  }
  return false;
}
