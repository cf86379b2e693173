import { describe, expect, it } from 'vitest';
import { evaluate, precision, recall } from './evaluate.js';
import { EVAL_SETS, checkCase } from './sets.js';

// The bar set by the issue: at least 90% recall and 80% precision on drafts with planted unsupported claims.
const MIN_RECALL = 0.9;
const MIN_PRECISION = 0.8;

describe('fact-risk evaluation set', () => {
  const all = EVAL_SETS.flatMap((set) => set.cases);

  it('has at least 60 cases across both languages and all three content types, each with planted claims', () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
    for (const language of ['zh', 'en']) {
      for (const contentType of ['marketing_copy', 'news_draft', 'video_script']) {
        const slice = all.filter((c) => c.brief.language === language && c.brief.contentType === contentType);
        expect(slice.length, `${language} ${contentType}`).toBeGreaterThanOrEqual(8);
      }
    }
    for (const parsed of all) expect(parsed.planted.length, parsed.id).toBeGreaterThan(0);
    expect(new Set(all.map((parsed) => parsed.id)).size).toBe(all.length);
  });

  // Each split's figures, the held-out ones in particular, are reported in docs/SAFETY.md ("Fact-risk flags").
  it.each(['zh', 'en'] as const)('reaches recall ≥ 0.9 and precision ≥ 0.8 on all %s cases', (language) => {
    const tally = evaluate(all, checkCase).byLanguage[language];
    expect(recall(tally)).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(precision(tally)).toBeGreaterThanOrEqual(MIN_PRECISION);
  });
});
