import { describe, expect, it } from 'vitest';
import { countByKey } from './job-slots.js';

describe('countByKey', () => {
  it('counts ended jobs per API key, in key order, leaving out jobs without a key', () => {
    expect(countByKey([{ apiKeyId: 'b' }, { apiKeyId: null }, { apiKeyId: 'a' }, { apiKeyId: 'b' }])).toEqual(
      [
        ['a', 1],
        ['b', 2],
      ],
    );
    expect(countByKey([{ apiKeyId: null }])).toEqual([]);
  });
});
