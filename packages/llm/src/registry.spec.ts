import { describe, expect, it } from 'vitest';
import { ProviderInfo } from '@draftbench/contracts';
import { createProviderRegistry, parseModelList } from './registry.js';

const models = [{ id: 'gpt-4o-mini', inputPricePerMTokUsd: 0.15, outputPricePerMTokUsd: 0.6 }];

describe('createProviderRegistry', () => {
  it('always has template, and defaults to it without a key', () => {
    const r = createProviderRegistry({});
    expect(r.list().map((p) => p.name)).toEqual(['template']);
    expect(r.defaultProvider().info.name).toBe('template');
    const keyless = createProviderRegistry({ openai: { baseURL: 'http://127.0.0.1:11434/v1', models } });
    expect(keyless.defaultProvider().info.name).toBe('template');
    expect(keyless.get('openai').info.kind).toBe('openai');
  });

  it('defaults to openai when it has a key, unless told otherwise', () => {
    expect(createProviderRegistry({ openai: { apiKey: 'sk-x', models } }).defaultProvider().info.name).toBe(
      'openai',
    );
    const r = createProviderRegistry({ openai: { apiKey: 'sk-x', models }, defaultProvider: 'template' });
    expect(r.defaultProvider().info.name).toBe('template');
    const list = r.list();
    for (const info of list) expect(ProviderInfo.safeParse(info).success).toBe(true);
    expect(list.filter((p) => p.isDefault).map((p) => p.name)).toEqual(['template']);
    expect(list.find((p) => p.name === 'template')?.ruleBased).toBe(true);
    expect(list.find((p) => p.name === 'openai')?.ruleBased).toBe(false);
  });

  it('explains unknown names', () => {
    const r = createProviderRegistry({});
    expect(() => r.get('claude')).toThrow(/unknown provider "claude".*template/);
    expect(() => createProviderRegistry({ defaultProvider: 'openai' })).toThrow(
      /"openai" is not configured.*template/,
    );
  });
});

describe('parseModelList', () => {
  it('parses ids with optional prices, including ids with colons', () => {
    expect(parseModelList('gpt-4o-mini:0.15:0.6, deepseek-chat:0.27:1.1')).toEqual([
      models[0],
      { id: 'deepseek-chat', inputPricePerMTokUsd: 0.27, outputPricePerMTokUsd: 1.1 },
    ]);
    expect(parseModelList('qwen2.5:7b,llama3')).toEqual([
      { id: 'qwen2.5:7b', inputPricePerMTokUsd: 0, outputPricePerMTokUsd: 0 },
      { id: 'llama3', inputPricePerMTokUsd: 0, outputPricePerMTokUsd: 0 },
    ]);
    expect(parseModelList('qwen2.5:7b:0:0')[0]?.id).toBe('qwen2.5:7b');
    expect(parseModelList('  ')).toEqual([]);
  });

  it('rejects malformed entries with the entry in the message', () => {
    expect(() => parseModelList('gpt-4o:0.15')).toThrow(/entry 1 \("gpt-4o:0.15"\).*both prices/);
    expect(() => parseModelList('a:1:2,,b')).toThrow(/entry 2.*empty/);
    expect(() => parseModelList('a:-1:2')).toThrow(/entry 1/);
    expect(() => parseModelList(':1:2')).toThrow(/model id/);
    expect(() => parseModelList('a,a')).toThrow(/twice/);
  });
});
