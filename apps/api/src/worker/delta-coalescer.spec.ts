import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeltaCoalescer } from './delta-coalescer.js';

describe('DeltaCoalescer', () => {
  let sent: string[];
  let coalescer: DeltaCoalescer;
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    coalescer = new DeltaCoalescer(
      async (text) => void sent.push(text),
      20,
      () => Date.now(),
    );
  });
  afterEach(() => vi.useRealTimers());

  it('sends the first delta at once and what follows within the interval as one message', async () => {
    coalescer.push('Hello');
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual(['Hello']);
    for (const word of [', ', 'bright ', 'new ']) coalescer.push(word);
    await vi.advanceTimersByTimeAsync(19);
    expect(sent).toEqual(['Hello']);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual(['Hello', ', bright new ']);
  });

  it('flushes the rest without waiting when the stream ends, in order', async () => {
    coalescer.push('A');
    await vi.advanceTimersByTimeAsync(0);
    coalescer.push('B');
    coalescer.push('C');
    await coalescer.end();
    expect(sent).toEqual(['A', 'BC']);
    expect(sent.join('')).toBe('ABC');
  });

  it('sends again at once after a quiet interval, and nothing for empty text', async () => {
    coalescer.push('one');
    await vi.advanceTimersByTimeAsync(50);
    coalescer.push('');
    coalescer.push('two');
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual(['one', 'two']);
  });
});
