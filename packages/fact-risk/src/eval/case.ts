import { BriefCreate, type BriefCreateInput } from '@draftbench/contracts';
import { type Span } from '../claim.js';
import { FactRiskKind } from '@draftbench/contracts';

/**
 * One evaluation case: a brief and a draft written for it, with the draft's claims marked inline.
 *
 * - `[[kind:text]]` marks a planted claim the brief does not support; kind is one of `FactRiskKind`.
 * - `<<text>>` marks a fact the brief does support: it must not be flagged.
 *
 * Everything else in the draft is ordinary prose; a flag there is a false alarm.
 */
export interface EvalCase {
  readonly id: string;
  readonly brief: BriefCreateInput;
  readonly draft: string;
}

export interface PlantedClaim extends Span {
  readonly kind: FactRiskKind;
  readonly text: string;
}

export interface ParsedCase {
  readonly id: string;
  readonly brief: BriefCreate;
  readonly draft: string;
  readonly planted: readonly PlantedClaim[];
  readonly supported: readonly Span[];
}

const MARK = /\[\[([a-z]+):([\s\S]*?)\]\]|<<([\s\S]*?)>>/gu;

/** Strips the marks from a draft and records where the marked claims are in the clean text. */
export function parseMarkedDraft(marked: string): Pick<ParsedCase, 'draft' | 'planted' | 'supported'> {
  let draft = '';
  let last = 0;
  const planted: PlantedClaim[] = [];
  const supported: Span[] = [];
  for (const match of marked.matchAll(MARK)) {
    draft += marked.slice(last, match.index);
    last = match.index + match[0].length;
    const start = draft.length;
    if (match[3] !== undefined) {
      draft += match[3];
      supported.push({ start, end: draft.length });
      continue;
    }
    const kind = FactRiskKind.parse(match[1]);
    const text = match[2] ?? '';
    draft += text;
    planted.push({ kind, start, end: draft.length, text });
  }
  draft += marked.slice(last);
  if (/\[\[|\]\]|<<|>>/u.test(draft)) throw new Error(`Unbalanced mark in: ${marked.slice(0, 80)}`);
  return { draft, planted, supported };
}

export function parseCase(evalCase: EvalCase): ParsedCase {
  return { id: evalCase.id, brief: BriefCreate.parse(evalCase.brief), ...parseMarkedDraft(evalCase.draft) };
}
