import { describe, expect, it } from 'vitest';
import { type JobSignal } from './job-signal.js';
import { MAX_NOTIFY_BYTES, notifyPayloads, signalsOfPayload } from './notify-payloads.js';

const channelOf = (signal: JobSignal) => (signal.kind === 'cancel' ? 'control' : 'progress');
const delta = (i: number, text = '你好'.repeat(700)): JobSignal => ({
  kind: 'delta',
  jobId: 'j',
  variant: i,
  text,
});

describe('notifyPayloads', () => {
  it('packs consecutive signals of one channel into one JSON array, in order', () => {
    const signals: JobSignal[] = [
      { kind: 'state', jobId: 'a' },
      { kind: 'delta', jobId: 'a', variant: 0, text: 'x' },
      { kind: 'draft', jobId: 'a', draftId: 'd' },
    ];
    const payloads = notifyPayloads(signals, channelOf);
    expect(payloads).toHaveLength(1);
    expect(payloads[0]!.channel).toBe('progress');
    expect(signalsOfPayload(payloads[0]!.payload)).toEqual(signals);
  });

  it('starts a new payload where the channel changes, so each channel keeps the publisher order', () => {
    const signals: JobSignal[] = [
      { kind: 'state', jobId: 'a' },
      { kind: 'cancel', jobId: 'a' },
      { kind: 'state', jobId: 'b' },
    ];
    expect(notifyPayloads(signals, channelOf).map((p) => [p.channel, signalsOfPayload(p.payload)])).toEqual([
      ['progress', [signals[0]]],
      ['control', [signals[1]]],
      ['progress', [signals[2]]],
    ]);
  });

  it('keeps every payload under PostgreSQL limit, the largest deltas included, and loses nothing', () => {
    // 4,200-byte deltas (1,400 CJK characters): one per payload; small ones fill up to the limit.
    const signals = [
      ...Array.from({ length: 5 }, (_, i) => delta(i)),
      ...Array.from({ length: 300 }, (_, i) => delta(100 + i, 'ok')),
    ];
    const payloads = notifyPayloads(signals, channelOf);
    for (const { payload } of payloads)
      expect(Buffer.byteLength(payload)).toBeLessThanOrEqual(MAX_NOTIFY_BYTES);
    expect(payloads.length).toBeGreaterThan(5);
    expect(payloads.length).toBeLessThan(12);
    expect(payloads.flatMap((p) => signalsOfPayload(p.payload))).toEqual(signals);
  });

  it('reads a payload holding one signal, as publishers before arrays sent it', () => {
    expect(signalsOfPayload('{"kind":"state","jobId":"a"}')).toEqual([{ kind: 'state', jobId: 'a' }]);
  });
});
