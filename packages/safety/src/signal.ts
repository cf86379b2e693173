import { type NormalizedText } from './normalize.js';

/** A named pattern over normalised (lower-case) text; one of the building blocks rules combine. */
export interface Signal {
  readonly id: string;
  readonly pattern: RegExp;
}

/** English terms as whole words (they are regex sources, so stems like `impersonat\w*` work). */
export const en = (...terms: string[]): string => String.raw`\b(?:${terms.join('|')})\b`;

/** Chinese terms: no word boundaries, Chinese has no spaces between words. */
export const zh = (...terms: string[]): string => `(?:${terms.join('|')})`;

export function signal(id: string, ...sources: string[]): Signal {
  return { id, pattern: new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'u') };
}

const sourceOf = (s: Signal): string => s.pattern.source;

/** Words that turn "write … X" into writing about X rather than writing X. */
const ABOUT = String.raw`\babout\b|\bon\b|\bregarding\b|\bexplain\w*|\bagainst\b|\bwarn\w*|\bvs\b|关于|有关|介绍|防范|揭秘|科普|识别|预防`;

export interface NearOptions {
  /** Most characters between the two, within one sentence. */
  gap?: number;
  /** Also match b before a. */
  either?: boolean;
  /** Do not bridge "about"/"关于": "write an article about ransomware" is not "write ransomware". */
  direct?: boolean;
}

/** `a` followed by `b` in the same sentence, at most `gap` characters apart. */
export function near(
  a: Signal,
  b: Signal,
  { gap = 30, either = false, direct = false }: NearOptions = {},
): string {
  const filler = direct ? String.raw`(?:(?!${ABOUT})[^.!?。！？\n])` : String.raw`[^.!?。！？\n]`;
  const between = `${filler}{0,${gap}}?`;
  const forward = `(?:${sourceOf(a)})${between}(?:${sourceOf(b)})`;
  return either ? `${forward}|(?:${sourceOf(b)})${between}(?:${sourceOf(a)})` : forward;
}

/** The first match of a signal in either view of the text, or null. */
export function matchSignal(s: Signal, text: NormalizedText): string | null {
  const folded = s.pattern.exec(text.folded);
  if (folded !== null) return folded[0];
  // Most texts have nothing to unfold; the same string cannot match the second time round.
  if (text.plain === text.folded) return null;
  return s.pattern.exec(text.plain)?.[0] ?? null;
}
