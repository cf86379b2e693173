import { setImmediate as yieldToLoop, setTimeout as sleep } from 'node:timers/promises';
import type { Language } from '@draftbench/contracts';
import { ProviderError } from '../provider.js';

/**
 * Splits text into stream chunks the way a model streams tokens: a few words (en) or characters (zh),
 * whitespace kept with the chunk before it so the chunks concatenate back to the exact text.
 */
export function chunkText(text: string, language: Language): string[] {
  const chunks: string[] = [];
  if (language === 'zh') {
    const chars = [...text];
    for (let i = 0, size = 2; i < chars.length; i += size, size = size === 2 ? 3 : 2)
      chunks.push(chars.slice(i, i + size).join(''));
    return chunks;
  }
  const tokens = text.match(/\S+\s*|\s+/g) ?? [];
  for (let i = 0, size = 1; i < tokens.length; i += size, size = size === 1 ? 2 : 1)
    chunks.push(tokens.slice(i, i + size).join(''));
  return chunks;
}

function aborted(): ProviderError {
  return new ProviderError('aborted', 'Generation was cancelled.', false);
}

/**
 * Emits chunks through onDelta, yielding to the event loop between chunks (so a cancel can land and the
 * worker stays responsive) and rejecting with `aborted` as soon as the signal fires.
 */
export async function streamChunks(
  chunks: readonly string[],
  onDelta: (text: string) => void,
  signal: AbortSignal,
  chunkDelayMs = 0,
): Promise<void> {
  for (const chunk of chunks) {
    if (signal.aborted) throw aborted();
    onDelta(chunk);
    try {
      if (chunkDelayMs > 0) await sleep(chunkDelayMs, undefined, { signal });
      else await yieldToLoop(undefined, { signal });
    } catch (err) {
      if (signal.aborted) throw aborted();
      throw err;
    }
  }
  if (signal.aborted) throw aborted();
}
