import type { FakeBehaviour } from './openai-fake-server.js';

/** The categories an OpenAI omni-moderation answer always lists. */
export const MODERATION_CATEGORIES = [
  'harassment',
  'harassment/threatening',
  'hate',
  'hate/threatening',
  'illicit',
  'illicit/violent',
  'self-harm',
  'self-harm/intent',
  'self-harm/instructions',
  'sexual',
  'sexual/minors',
  'violence',
  'violence/graphic',
] as const;

/**
 * How the fake answers `POST /moderations`: a score per category for each input text (a category at or
 * above 0.5 is flagged; unnamed ones score 0), an error status, or no answer at all.
 */
export type FakeModerationBehaviour =
  | { kind: 'scores'; score: (input: string) => Partial<Record<string, number>> }
  | Extract<FakeBehaviour, { kind: 'error' | 'hang' }>;

/** Flags nothing. */
export const CLEAN_MODERATION: FakeModerationBehaviour = { kind: 'scores', score: () => ({}) };

/** The body of a moderation answer for the request's `input` (one text or several). */
export function moderationBody(
  behaviour: Extract<FakeModerationBehaviour, { kind: 'scores' }>,
  body: Record<string, unknown> | null,
): unknown {
  const input = body?.input;
  const texts = Array.isArray(input) ? input.map(String) : [String(input ?? '')];
  return {
    id: 'modr-fake',
    model: typeof body?.model === 'string' ? body.model : 'fake-moderation',
    results: texts.map((text) => {
      const given = behaviour.score(text);
      const scores = Object.fromEntries(MODERATION_CATEGORIES.map((c) => [c, given[c] ?? 0]));
      const categories = Object.fromEntries(MODERATION_CATEGORIES.map((c) => [c, scores[c]! >= 0.5]));
      return {
        flagged: Object.values(categories).some(Boolean),
        categories,
        category_scores: scores,
      };
    }),
  };
}
