import { Logger } from '@nestjs/common';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { boundedClose } from './bounded-close.js';

describe('boundedClose', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('returns as soon as the close ends, failed or not, without a warning', async () => {
    const warn = vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    await boundedClose('A queue', Promise.resolve());
    await boundedClose('A queue', Promise.reject(new Error('connection is closed')));
    expect(warn).not.toHaveBeenCalled();
  });

  it('moves on after its time when the close never ends, and says what it left behind', async () => {
    vi.useFakeTimers();
    const warn = vi.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    let done = false;
    const closing = boundedClose('The database pool', new Promise(() => undefined), 10_000).then(
      () => (done = true),
    );
    await vi.advanceTimersByTimeAsync(9_999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await closing;
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('The database pool did not close within 10000 ms'),
    );
  });
});
