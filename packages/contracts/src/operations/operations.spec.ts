import { describe, expect, it } from 'vitest';
import { OPERATIONS } from './index.js';

describe('the operation catalogue', () => {
  const operations = Object.entries(OPERATIONS);

  it('names each method and path once', () => {
    const routes = operations.map(([, o]) => `${o.method} ${o.path}`);
    expect(new Set(routes).size).toBe(routes.length);
  });

  it('gives every request body an example that the body schema accepts', () => {
    for (const [id, operation] of operations) {
      if (!('body' in operation)) continue;
      expect(operation, id).toHaveProperty('example');
      const parsed = operation.body.safeParse(operation.example);
      expect(parsed.error?.issues, id).toBeUndefined();
    }
  });

  it('declares every path parameter, and only those', () => {
    for (const [id, operation] of operations) {
      const inPath = [...operation.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
      const declared = 'params' in operation ? Object.keys(operation.params.shape) : [];
      expect(declared, id).toEqual(inPath);
    }
  });
});
