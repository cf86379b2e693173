import { describe, expect, it } from 'vitest';
import { currentLogFields, withLogFields, withoutLogFields } from './log-context.js';

describe('log context', () => {
  it('carries the ids through async work, and a job inside a request context is logged as the job only', async () => {
    await withLogFields({ requestId: 'r1' }, async () => {
      await Promise.resolve();
      expect(currentLogFields()).toEqual({ requestId: 'r1' });
      await withLogFields({ jobId: 'j1' }, async () => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        expect(currentLogFields()).toEqual({ jobId: 'j1' });
      });
      expect(withoutLogFields(() => currentLogFields())).toBeUndefined();
    });
    expect(currentLogFields()).toBeUndefined();
  });
});
