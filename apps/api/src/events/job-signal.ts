import { z } from 'zod';

/**
 * What crosses process boundaries about a job. Signals are thin (ids, not rows) because the row in
 * PostgreSQL is the truth and a PostgreSQL NOTIFY payload is capped at 8 kB: the SSE layer reads the
 * row when a signal says it changed. Only token deltas carry text.
 */
export const JobSignal = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('state'), jobId: z.string() }),
  z.object({ kind: z.literal('delta'), jobId: z.string(), variant: z.number().int(), text: z.string() }),
  z.object({ kind: z.literal('draft'), jobId: z.string(), draftId: z.string() }),
  z.object({ kind: z.literal('cancel'), jobId: z.string() }),
  /** A run of the AI judge (a job on the `judge` queue; `jobId` is the run's id) stored a verdict or changed state. */
  z.object({ kind: z.literal('judge'), jobId: z.string() }),
  /** A webhook delivery (`jobId` is the delivery's id) logged an attempt or changed state. */
  z.object({ kind: z.literal('webhook'), jobId: z.string() }),
]);
export type JobSignal = z.infer<typeof JobSignal>;

export type JobSignalHandler = (signal: JobSignal) => void;

/**
 * The channel a signal travels on. Cancels are for workers (they abort the call); everything else is
 * progress for the API processes' SSE streams. A process listens only to the topics its roles need, so a
 * worker does not receive back, parse and drop every delta it published.
 */
export type SignalTopic = 'progress' | 'control';
export const SIGNAL_TOPICS: readonly SignalTopic[] = ['progress', 'control'];

export const topicOf = (signal: JobSignal): SignalTopic =>
  signal.kind === 'cancel' ? 'control' : 'progress';

/** API processes stream progress; workers take cancels. */
export function topicsForRoles(roles: readonly ('api' | 'worker')[]): SignalTopic[] {
  return SIGNAL_TOPICS.filter((topic) => roles.includes(topic === 'progress' ? 'api' : 'worker'));
}

/** Longest delta text per message, well inside PostgreSQL's 8000-byte NOTIFY limit even for CJK text. */
export const MAX_DELTA_CHARS = 1500;

export function splitDelta(text: string): string[] {
  if (text.length <= MAX_DELTA_CHARS) return [text];
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += MAX_DELTA_CHARS) parts.push(text.slice(i, i + MAX_DELTA_CHARS));
  return parts;
}
