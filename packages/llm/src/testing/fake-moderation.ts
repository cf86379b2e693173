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
 * above 0.5 is flagged; unnamed ones score 0), an error status, no answer at all, or one of those chosen
 * from the texts asked about.
 */
export type FakeModerationBehaviour =
  | { kind: 'scores'; score: (input: string) => Partial<Record<string, number>> }
  | Extract<FakeBehaviour, { kind: 'error' | 'hang' }>
  | { kind: 'reply'; with: (inputs: string[]) => FakeModerationBehaviour };

/** Flags nothing. */
export const CLEAN_MODERATION: FakeModerationBehaviour = { kind: 'scores', score: () => ({}) };

/** The texts of a moderation request: its `input`, one text or several. */
export function moderationInputs(body: Record<string, unknown> | null): string[] {
  const input = body?.input;
  return Array.isArray(input) ? input.map(String) : [String(input ?? '')];
}

/** The body of a moderation answer for the texts. */
export function moderationBody(
  behaviour: Extract<FakeModerationBehaviour, { kind: 'scores' }>,
  texts: string[],
  model: unknown,
): unknown {
  return {
    id: 'modr-fake',
    model: typeof model === 'string' ? model : 'fake-moderation',
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
