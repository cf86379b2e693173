import { type ContentType, type Language } from '@draftbench/contracts';
import { overlaps } from '../claim.js';
import { type FactRiskFlag, type FactRiskKind } from '@draftbench/contracts';
import { type ParsedCase } from './case.js';

export type Checker = (draft: string, parsed: ParsedCase) => readonly FactRiskFlag[];

/** Counts for one slice of the set (a claim kind in a language, a content type, or everything). */
export interface Tally {
  /** Planted claims, and how many of them at least one flag overlaps. */
  planted: number;
  caught: number;
  /** Flags raised, and how many of them overlap a planted claim. */
  flags: number;
  correct: number;
  /** Marked supported facts, and how many of them no flag touches. */
  supported: number;
  passed: number;
}

export interface FlagMiss {
  readonly caseId: string;
  readonly kind: FactRiskKind;
  readonly text: string;
}

export interface Evaluation {
  readonly total: Tally;
  readonly byLanguage: Readonly<Record<Language, Tally>>;
  readonly byKind: Readonly<Record<Language, Readonly<Record<FactRiskKind, Tally>>>>;
  readonly byContentType: Readonly<Record<ContentType, Tally>>;
  /** Planted claims no flag caught. */
  readonly missed: readonly FlagMiss[];
  /** Flags that overlap no planted claim. */
  readonly falseAlarms: readonly FlagMiss[];
}

const KINDS: readonly FactRiskKind[] = ['number', 'percentage', 'money', 'date', 'name', 'quote'];
const empty = (): Tally => ({ planted: 0, caught: 0, flags: 0, correct: 0, supported: 0, passed: 0 });
const byKind = (): Record<FactRiskKind, Tally> =>
  Object.fromEntries(KINDS.map((kind) => [kind, empty()])) as Record<FactRiskKind, Tally>;

export const recall = (tally: Tally): number => (tally.planted === 0 ? 1 : tally.caught / tally.planted);
export const precision = (tally: Tally): number => (tally.flags === 0 ? 1 : tally.correct / tally.flags);

/**
 * Runs the checker on every case. A planted claim counts as caught when a flag overlaps it; a flag counts
 * as correct when it overlaps a planted claim. Recall is per planted claim and precision per flag, sliced
 * by the planted claim's or the flag's own kind.
 */
export function evaluate(cases: readonly ParsedCase[], check: Checker): Evaluation {
  const total = empty();
  const byLanguage: Record<Language, Tally> = { zh: empty(), en: empty() };
  const kinds: Record<Language, Record<FactRiskKind, Tally>> = { zh: byKind(), en: byKind() };
  const byContentType: Record<ContentType, Tally> = {
    marketing_copy: empty(),
    news_draft: empty(),
    video_script: empty(),
  };
  const missed: FlagMiss[] = [];
  const falseAlarms: FlagMiss[] = [];
  for (const parsed of cases) {
    const { language, contentType } = parsed.brief;
    const flags = check(parsed.draft, parsed);
    const slices = (kind: FactRiskKind) => [
      total,
      byLanguage[language],
      kinds[language][kind],
      byContentType[contentType],
    ];
    for (const claim of parsed.planted) {
      const caught = flags.some((flag) => overlaps(flag, claim));
      for (const tally of slices(claim.kind)) {
        tally.planted += 1;
        if (caught) tally.caught += 1;
      }
      if (!caught) missed.push({ caseId: parsed.id, kind: claim.kind, text: claim.text });
    }
    for (const flag of flags) {
      const correct = parsed.planted.some((claim) => overlaps(flag, claim));
      for (const tally of slices(flag.kind)) {
        tally.flags += 1;
        if (correct) tally.correct += 1;
      }
      if (!correct) falseAlarms.push({ caseId: parsed.id, kind: flag.kind, text: flag.text });
    }
    for (const fact of parsed.supported) {
      const passed = !flags.some((flag) => overlaps(flag, fact));
      for (const tally of [total, byLanguage[language], byContentType[contentType]]) {
        tally.supported += 1;
        if (passed) tally.passed += 1;
      }
    }
  }
  return { total, byLanguage, byKind: kinds, byContentType, missed, falseAlarms };
}
