import type { VideoScene } from '@draftbench/contracts';

/** One block of a generated draft, named by the framework stage it implements (e.g. AIDA `desire`). */
export interface DraftSection {
  stage: string;
  text: string;
}

/** What the rule-based generators produce, before streaming. */
export interface TemplateDraft {
  text: string;
  /** The draft's structure in order; for copy and news, `text` is these joined by blank lines. */
  sections: DraftSection[];
  scenes: VideoScene[] | null;
}

export interface GenerateOptions {
  /** Already mixed with the variant index. */
  seed: number;
}
