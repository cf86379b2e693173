import { PROVENANCE_NOTICES, type Provenance, type ProvenanceLabel } from '@draftbench/contracts';
import { type DraftRow } from '@draftbench/db';
import { createHash } from 'node:crypto';

/** AI-assisted drafts carry the label their edit metrics gave them (human edit share against the threshold). */
function labelOf(draft: DraftRow): ProvenanceLabel {
  if (draft.origin === 'aigc') return 'ai_generated';
  if (draft.origin === 'ai_assisted') return draft.editMetrics?.provenance ?? 'ai_generated';
  return 'human';
}

/**
 * The implicit label of a draft, derived from the stored row every time: nothing a caller sends can
 * change or remove it, and the hash always matches the body it travels with.
 */
export function provenanceOf(draft: DraftRow): Provenance {
  const label = labelOf(draft);
  return {
    contentId: draft.id,
    origin: draft.origin,
    label,
    notice: label === 'human' ? null : PROVENANCE_NOTICES[label],
    provider: draft.provider,
    model: draft.model,
    ruleBased: draft.ruleBased,
    templateVersion: draft.promptTemplate,
    humanEditShare: draft.editMetrics?.humanEditShare ?? null,
    createdAt: draft.createdAt.toISOString(),
    sha256: createHash('sha256').update(draft.body, 'utf8').digest('hex'),
  };
}

/** The same in the snake_case of the JSONL exports, with the text's fact-risk flags. */
export function provenanceRecord(draft: DraftRow) {
  const p = provenanceOf(draft);
  return {
    content_id: p.contentId,
    origin: p.origin,
    provenance: p.label,
    ai_notice: p.notice,
    provider: p.provider,
    model: p.model,
    rule_based: p.ruleBased,
    template_version: p.templateVersion,
    human_edit_share: p.humanEditShare,
    created_at: p.createdAt,
    sha256: p.sha256,
    fact_flags: draft.factFlags,
  };
}
