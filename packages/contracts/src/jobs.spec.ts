import { describe, expect, it } from 'vitest';
import { JobEvent } from './job-events.js';
import { isTerminal, JobCreate, JobListQuery } from './jobs.js';

describe('JobCreate', () => {
  const briefId = crypto.randomUUID();

  it('defaults to the template provider, one variant and no parameters', () => {
    expect(JobCreate.parse({ briefId })).toEqual({
      briefId,
      provider: 'template',
      variants: 1,
      parameters: {},
    });
  });

  it('bounds variants to 1–8 and checks parameters', () => {
    expect(JobCreate.safeParse({ briefId, variants: 0 }).success).toBe(false);
    expect(JobCreate.safeParse({ briefId, variants: 9 }).success).toBe(false);
    expect(JobCreate.safeParse({ briefId, variants: 8 }).success).toBe(true);
    expect(JobCreate.safeParse({ briefId, parameters: { temperature: 3 } }).error?.issues[0]?.path).toEqual([
      'parameters',
      'temperature',
    ]);
    expect(JobCreate.safeParse({ briefId: 'abc' }).success).toBe(false);
  });
});

describe('JobListQuery', () => {
  it('coerces query-string numbers and caps the page size', () => {
    expect(JobListQuery.parse({ limit: '5' }).limit).toBe(5);
    expect(JobListQuery.parse({}).limit).toBe(20);
    expect(JobListQuery.safeParse({ limit: '500' }).success).toBe(false);
    expect(JobListQuery.safeParse({ state: 'paused' }).success).toBe(false);
  });
});

describe('job states and events', () => {
  it('knows which states are terminal', () => {
    expect(['queued', 'running'].map((s) => isTerminal(s as never))).toEqual([false, false]);
    expect(['succeeded', 'failed', 'refused', 'cancelled'].every((s) => isTerminal(s as never))).toBe(true);
  });

  it('parses a delta event and rejects an unknown event type', () => {
    const delta = { type: 'delta', jobId: crypto.randomUUID(), variant: 0, text: '你好' };
    expect(JobEvent.parse(delta)).toEqual(delta);
    expect(JobEvent.safeParse({ ...delta, type: 'tokens' }).success).toBe(false);
  });
});
