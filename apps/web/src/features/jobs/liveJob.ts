import type { Draft, Job, JobEvent } from '@draftbench/contracts';

/** What the live panel shows of a job, folded from its event stream. */
export interface LiveJob {
  job: Job | null;
  /** Text so far per variant: streamed deltas, replaced by the stored draft once it exists. */
  texts: Record<number, string>;
  /** Deltas received per variant, to show that tokens are arriving. */
  chunks: Record<number, number>;
  drafts: Draft[];
}

export const EMPTY_LIVE_JOB: LiveJob = { job: null, texts: {}, chunks: {}, drafts: [] };

function withDraftTexts(texts: Record<number, string>, drafts: Draft[]): Record<number, string> {
  const next = { ...texts };
  for (const draft of drafts) if (draft.variant !== null) next[draft.variant] = draft.body;
  return next;
}

export function applyJobEvent(state: LiveJob, event: JobEvent): LiveJob {
  switch (event.type) {
    case 'snapshot': {
      // A (re)connection starts from the stored row: text streamed before it is not replayed.
      const { drafts, ...job } = event.job;
      return { job, drafts, texts: withDraftTexts({}, drafts), chunks: {} };
    }
    case 'result': {
      const { drafts, ...job } = event.job;
      return { ...state, job, drafts, texts: withDraftTexts(state.texts, drafts) };
    }
    case 'state':
      return { ...state, job: event.job };
    case 'delta':
      return {
        ...state,
        texts: { ...state.texts, [event.variant]: (state.texts[event.variant] ?? '') + event.text },
        chunks: { ...state.chunks, [event.variant]: (state.chunks[event.variant] ?? 0) + 1 },
      };
    case 'draft':
      return {
        ...state,
        drafts: [...state.drafts.filter((draft) => draft.id !== event.draft.id), event.draft],
        texts: withDraftTexts(state.texts, [event.draft]),
      };
  }
}
