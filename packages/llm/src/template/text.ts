import type { Language } from '@draftbench/contracts';

const END_PUNCT = /[.!?。！？…]$/u;
const TRAILING = /[\s.,;:!?。，；：！？、…]+$/u;

/** Brief text embedded mid-sentence: drop its own trailing punctuation so we can add ours. */
export function clean(s: string): string {
  return s.trim().replace(TRAILING, '');
}

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Ends a sentence with the language's full stop unless it already ends with one. */
export function sentence(s: string, language: Language): string {
  const t = s.trim();
  if (END_PUNCT.test(t)) return t;
  return language === 'zh' ? `${t}。` : `${t}.`;
}

/** Sentences of one paragraph: Chinese runs them together, English separates with a space. */
export function joinSentences(sentences: readonly string[], language: Language): string {
  return sentences.join(language === 'zh' ? '' : ' ');
}

/** Joins a list the way each language writes lists: "a, b and c" / "a、b和c". */
export function joinList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1);
  const last = items[items.length - 1];
  return language === 'zh' ? `${head.join('、')}和${last}` : `${head.join(', ')} and ${last}`;
}

/** Fills `{name}` slots; a slot with no value is a programming error, so it throws. */
export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = vars[key];
    if (v === undefined) throw new Error(`template slot {${key}} has no value`);
    return v;
  });
}

/** True when the template only uses slots that have values (lets banks offer optional-field phrasing). */
export function canFill(template: string, vars: Record<string, string>): boolean {
  for (const m of template.matchAll(/\{(\w+)\}/g)) if (vars[m[1] as string] === undefined) return false;
  return true;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Case-insensitive matcher for a list of forbidden terms (null when there are none). */
export function termMatcher(terms: readonly string[]): RegExp | null {
  const parts = terms
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .map(escapeRegExp);
  return parts.length ? new RegExp(parts.join('|'), 'giu') : null;
}

/** Removes forbidden terms from brief-derived text and tidies the gap left behind. */
export function scrub(s: string, forbidden: RegExp | null): string {
  if (!forbidden) return s;
  return s
    .replace(forbidden, '')
    .replace(/ {2,}/g, ' ')
    .replace(/ ([,.!?;:])/g, '$1')
    .trim();
}

export function contains(s: string, forbidden: RegExp | null): boolean {
  if (!forbidden) return false;
  forbidden.lastIndex = 0;
  const hit = forbidden.test(s);
  forbidden.lastIndex = 0;
  return hit;
}
