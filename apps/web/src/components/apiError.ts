/**
 * An error answered by the API (the client's DraftbenchApiError), checked by shape: the app shell shows
 * errors before the client, with its zod schemas, has loaded, and must not import it for `instanceof`.
 */
export interface ApiErrorShape extends Error {
  name: 'DraftbenchApiError';
  status: number;
}

export const isApiError = (error: unknown): error is ApiErrorShape =>
  error instanceof Error &&
  error.name === 'DraftbenchApiError' &&
  typeof (error as { status?: unknown }).status === 'number';
