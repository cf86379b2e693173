import { type DraftRow } from '@draftbench/db';

export type Provenance = 'human' | 'ai_generated' | 'ai_assisted_human_edited';

/** The provenance every exported text carries (DESIGN §6): who produced it, and with which model. */
export function provenanceOf(draft: DraftRow) {
  const provenance: Provenance =
    draft.origin === 'aigc'
      ? 'ai_generated'
      : draft.origin === 'ai_assisted'
        ? (draft.editMetrics?.provenance ?? 'ai_generated')
        : 'human';
  return {
    draft_id: draft.id,
    origin: draft.origin,
    provenance,
    provider: draft.provider,
    model: draft.model,
    rule_based: draft.ruleBased,
    human_edit_share: draft.editMetrics?.humanEditShare ?? null,
    created_at: draft.createdAt.toISOString(),
  };
}
