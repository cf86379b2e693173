import { type NormalizedText } from './normalize.js';
import { type LiteralsSeen, RegexPrefilter } from '@draftbench/regex-prefilter';

/** A named pattern over normalised (lower-case) text; one of the building blocks rules combine. */
export interface Signal {
  readonly id: string;
  readonly pattern: RegExp;
}

/** English terms as whole words (they are regex sources, so stems like `impersonat\w*` work). */
export const en = (...terms: string[]): string => String.raw`\b(?:${terms.join('|')})\b`;

/** Chinese terms: no word boundaries, Chinese has no spaces between words. */
export const zh = (...terms: string[]): string => `(?:${terms.join('|')})`;

/** Every signal's pattern, for the prefilter. */
const PATTERNS: RegExp[] = [];
export const SIGNAL_PATTERNS: readonly RegExp[] = PATTERNS;

export function signal(id: string, ...sources: string[]): Signal {
  const pattern = new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'u');
  PATTERNS.push(pattern);
  return { id, pattern };
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

/** Both views of a text with the literals of every signal found in each, by one pass per view. */
export interface SignalText extends NormalizedText {
  readonly seen?: { readonly plain: LiteralsSeen; readonly folded: LiteralsSeen };
}

/**
 * Scans texts for the literals of every signal made so far, one pass per view: a pattern none of whose required
 * literals occur is then not run. Most texts are benign, and most of a check's time went into patterns scanning
 * texts they could never match. Build it once the signal modules are loaded; a signal made later always runs.
 */
export function signalScanner(): (text: NormalizedText) => SignalText {
  const prefilter = new RegexPrefilter(PATTERNS);
  return (text) => {
    const folded = prefilter.scan(text.folded);
    const plain = text.plain === text.folded ? folded : prefilter.scan(text.plain);
    return { ...text, seen: { plain, folded } };
  };
}

/** The first match of a signal in either view of the text, or null. */
export function matchSignal(s: Signal, text: SignalText): string | null {
  if (text.seen?.folded.mayMatch(s.pattern) !== false) {
    const folded = s.pattern.exec(text.folded);
    if (folded !== null) return folded[0];
  }
  // Most texts have nothing to unfold; the same string cannot match the second time round.
  if (text.plain === text.folded || text.seen?.plain.mayMatch(s.pattern) === false) return null;
  return s.pattern.exec(text.plain)?.[0] ?? null;
}
