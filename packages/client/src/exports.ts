import { type SftQuery } from '@draftbench/contracts';
import { type Http, type RequestOptions } from './http.js';

export interface ExportsApi {
  /** Every vote as CSV, as the server streams it (pipe it to a file rather than reading it whole). */
  ratingsCsv(options?: RequestOptions): Promise<ReadableStream<Uint8Array>>;
  /** SFT records, one per approved PGC or human-edited draft, read line by line as they arrive. */
  sft(params?: Partial<SftQuery>, options?: RequestOptions): AsyncGenerator<Record<string, unknown>>;
  /** Preference pairs (prompt, chosen, rejected, rater count, agreement, origins), line by line. */
  preferences(options?: RequestOptions): AsyncGenerator<Record<string, unknown>>;
}

export function exportsApi(http: Http): ExportsApi {
  const stream = async (
    path: string,
    query: Record<string, string | undefined>,
    accept: string,
    signal?: AbortSignal,
  ) => {
    const response = await http.send(path, { query, headers: { accept }, signal });
    if (!response.body) throw new Error(`${path} answered without a body`);
    return response.body;
  };
  return {
    ratingsCsv: (options = {}) => stream('/v1/exports/ratings.csv', {}, 'text/csv', options.signal),
    async *sft(params = {}, options = {}) {
      yield* jsonLines(
        await stream('/v1/exports/sft.jsonl', { ...params }, 'application/x-ndjson', options.signal),
      );
    },
    async *preferences(options = {}) {
      yield* jsonLines(
        await stream('/v1/exports/preferences.jsonl', {}, 'application/x-ndjson', options.signal),
      );
    },
  };
}

/** Parses JSON Lines as chunks arrive, so a million records never sit in memory at once. */
export async function* jsonLines(body: ReadableStream<Uint8Array>): AsyncGenerator<Record<string, unknown>> {
  const decoder = new TextDecoder();
  let pending = '';
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      pending += done ? decoder.decode() : decoder.decode(value, { stream: true });
      const lines = pending.split('\n');
      pending = done ? '' : lines.pop()!;
      for (const line of lines) if (line.trim()) yield JSON.parse(line) as Record<string, unknown>;
      if (done) return;
    }
  } finally {
    reader.releaseLock();
  }
}
