import { createProviderRegistry } from '@draftbench/llm';
import { describe, expect, it } from 'vitest';
import { resolveBatchTargets, resolveGenerationTarget } from './generation-target.js';

const registry = createProviderRegistry({
  openai: {
    apiKey: 'sk-test',
    models: [
      { id: 'm1', inputPricePerMTokUsd: 0, outputPricePerMTokUsd: 0 },
      { id: 'm2', inputPricePerMTokUsd: 0, outputPricePerMTokUsd: 0 },
    ],
  },
});

describe('resolveGenerationTarget', () => {
  it("defaults to the provider's first model", () => {
    expect(resolveGenerationTarget(registry, { provider: 'openai' })).toEqual({
      provider: 'openai',
      model: 'm1',
    });
  });

  it('names the known providers and models, under the given path', () => {
    expect(() => resolveGenerationTarget(registry, { provider: 'nope' }, 'targets.2.')).toThrow(
      expect.objectContaining({
        status: 400,
        errors: [{ path: 'targets.2.provider', message: expect.stringContaining('template, openai') }],
      }),
    );
    expect(() => resolveGenerationTarget(registry, { provider: 'openai', model: 'm3' })).toThrow(
      expect.objectContaining({ status: 400, errors: [{ path: 'model', message: 'Use one of: m1, m2' }] }),
    );
  });
});

describe('resolveBatchTargets', () => {
  it('refuses the same provider and model twice, after defaulting the model', () => {
    expect(() =>
      resolveBatchTargets(registry, [{ provider: 'openai' }, { provider: 'openai', model: 'm1' }]),
    ).toThrow(
      expect.objectContaining({ status: 400, errors: [expect.objectContaining({ path: 'targets.1' })] }),
    );
    expect(
      resolveBatchTargets(registry, [{ provider: 'openai' }, { provider: 'openai', model: 'm2' }]),
    ).toHaveLength(2);
  });
});
