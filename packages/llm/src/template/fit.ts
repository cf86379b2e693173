import type { Language } from '@draftbench/contracts';
import { measureLength } from '../length.js';
import type { Pool } from './pool.js';

/** One planned sentence. `must` sentences survive trimming (mustSay, lede, call to action). */
export interface SentenceSpec {
  text: string;
  /** A shorter wording used first when the draft is too long. */
  short?: string;
  keep: 'must' | 'prefer';
  /** Stays at the end of its section even when sentences are added (a call to action closes the copy). */
  closing?: boolean;
}

export interface SectionSpec<S extends string = string> {
  stage: S;
  sentences: SentenceSpec[];
  /** Where extra sentences come from when the draft is too short; null for sections that never grow. */
  pool: Pool | null;
  /** Share of growth this section receives (e.g. voice-over per scene follows the scene's seconds). */
  weight: number;
  /** May lose all its sentences when space is short (news quotes and background); others keep one. */
  optional?: boolean;
}

export interface FittedSection<S extends string = string> {
  stage: S;
  sentences: string[];
}

export interface FitOptions<S extends string> {
  target: number;
  language: Language;
  /** The text whose length counts (the whole draft, or only the voice-over for video). */
  render: (sections: FittedSection<S>[]) => string;
  /** Rejects pool sentences the brief forbids. */
  allowed?: (sentence: string) => boolean;
}

/** Aim well inside the ±15% promise so rounding at sentence granularity still lands inside it. */
const AIM = 0.06;
const TRIES_PER_SECTION = 12;

/**
 * Fits planned sections to the target length: first shorter wordings, then drop optional sentences
 * from the end (the least important end, as in an inverted pyramid), then grow from the pools with
 * sentences that do not overshoot. Sentences are never cut mid-way.
 */
export function fitSections<S extends string>(
  specs: SectionSpec<S>[],
  opts: FitOptions<S>,
): FittedSection<S>[] {
  const { target, language, render } = opts;
  const allowed = opts.allowed ?? (() => true);
  const hi = target * (1 + AIM);
  const lo = target * (1 - AIM);
  const state = specs.map((s) => ({
    spec: s,
    items: s.sentences.map((x) => ({ ...x, useShort: false })),
    added: [] as string[],
  }));
  const snapshot = (): FittedSection<S>[] =>
    state.map((s) => {
      const word = (i: (typeof s.items)[number]) => (i.useShort && i.short !== undefined ? i.short : i.text);
      return {
        stage: s.spec.stage,
        sentences: [
          ...s.items.filter((i) => !i.closing).map(word),
          ...s.added,
          ...s.items.filter((i) => i.closing).map(word),
        ],
      };
    });
  const len = () => measureLength(render(snapshot()), language);
  const m = (t: string) => measureLength(t, language);

  let L = len();

  // 1. Shorter wordings, biggest saving first.
  if (L > hi) {
    const shortenable = state
      .flatMap((s) => s.items)
      .filter((i) => i.short !== undefined)
      .sort((a, b) => m(b.text) - m(b.short ?? '') - (m(a.text) - m(a.short ?? '')));
    for (const item of shortenable) {
      if (L <= hi) break;
      item.useShort = true;
      L = len();
    }
  }

  // 2. Drop optional sentences from the end, keeping at least one sentence per non-optional section.
  for (let si = state.length - 1; si >= 0 && L > hi; si--) {
    const sec = state[si];
    if (!sec) continue;
    for (let i = sec.items.length - 1; i >= 0 && L > hi; i--) {
      if (sec.items[i]?.keep === 'prefer' && (sec.items.length > 1 || sec.spec.optional)) {
        sec.items.splice(i, 1);
        L = len();
      }
    }
  }

  // 3. Grow: the section furthest below its share gets the next sentence that still fits.
  const sectionLen = (s: (typeof state)[number]) =>
    m(s.items.map((i) => i.text).join(' ')) + m(s.added.join(' '));
  while (L < lo) {
    const growable = state
      .filter((s) => s.spec.pool !== null && s.spec.weight > 0)
      .sort((a, b) => sectionLen(a) / a.spec.weight - sectionLen(b) / b.spec.weight);
    let grown = false;
    for (const sec of growable) {
      for (let t = 0; t < TRIES_PER_SECTION && !grown; t++) {
        const cand = sec.spec.pool?.next();
        if (cand === undefined || !allowed(cand)) continue;
        if (L + m(cand) <= hi) {
          sec.added.push(cand);
          L = len();
          grown = true;
        }
      }
      if (grown) break;
    }
    if (!grown) break;
  }
  return snapshot();
}
