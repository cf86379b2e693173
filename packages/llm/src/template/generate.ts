import type { Brief } from '@draftbench/contracts';
import { generateMarketingCopy } from './marketing.js';
import { generateNewsDraft } from './news.js';
import { hashString, variantSeed } from './rng.js';
import type { TemplateDraft } from './types.js';
import { generateVideoScript } from './video.js';

/**
 * The rule-based generator's entry point. Seeded from `seed` (default: a hash of the brief id) mixed with
 * the variant, so variants differ and the same (brief, seed, variant) always gives the same draft.
 */
export function generateTemplateDraft(
  brief: Brief,
  options: { seed?: number; variant?: number } = {},
): TemplateDraft {
  const seed = variantSeed(options.seed ?? hashString(brief.id), options.variant ?? 0);
  switch (brief.contentType) {
    case 'marketing_copy':
      return generateMarketingCopy(brief, { seed });
    case 'news_draft':
      return generateNewsDraft(brief, { seed });
    case 'video_script':
      return generateVideoScript(brief, { seed });
  }
}
