import { describe, expect, it } from 'vitest';
import type { Brief } from '@draftbench/contracts';
import { ProviderError } from '../provider.js';
import { renderPrompt } from '../prompt.js';
import { sampleBrief, videoBrief } from '../testing/briefs.js';
import { generateTemplateDraft } from './generate.js';
import { TemplateProvider } from './template-provider.js';

function request(
  brief: Brief,
  extra: { signal?: AbortSignal; onDelta?: (t: string) => void; seed?: number; variant?: number } = {},
) {
  return {
    brief,
    prompt: renderPrompt(brief),
    model: 'rules-v1',
    parameters: extra.seed === undefined ? {} : { seed: extra.seed },
    variant: extra.variant ?? 0,
    signal: extra.signal ?? new AbortController().signal,
    onDelta: extra.onDelta ?? (() => {}),
  };
}

describe('TemplateProvider', () => {
  it('describes itself as the rule-based template provider', () => {
    const info = new TemplateProvider({ isDefault: true }).info;
    expect(info).toEqual({
      name: 'template',
      kind: 'template',
      ruleBased: true,
      isDefault: true,
      models: [{ id: 'rules-v1', inputPricePerMTokUsd: 0, outputPricePerMTokUsd: 0 }],
    });
  });

  for (const type of ['marketing_copy', 'news_draft', 'video_script'] as const)
    for (const lang of ['zh', 'en'] as const)
      it(`${type}/${lang}: streams chunks that concatenate to the result, with usage`, async () => {
        const brief = sampleBrief(type, lang);
        const chunks: string[] = [];
        const result = await new TemplateProvider().generate(
          request(brief, { seed: 9, variant: 2, onDelta: (c) => chunks.push(c) }),
        );
        expect(chunks.length).toBeGreaterThan(10);
        expect(chunks.join('')).toBe(result.text);
        expect(result.text).toBe(generateTemplateDraft(brief, { seed: 9, variant: 2 }).text);
        expect(result.usage.completionTokens).toBeGreaterThan(0);
        expect(result.usage.promptTokens).toBeGreaterThan(0);
        expect(result.usage.totalTokens).toBe(result.usage.promptTokens + result.usage.completionTokens);
        expect(result.scenes === null).toBe(type !== 'video_script');
      });

  it('estimates about one token per Chinese character and 1.3 per English word', async () => {
    const zh = await new TemplateProvider().generate(request(sampleBrief('marketing_copy', 'zh', 400)));
    const han = zh.text.match(/\p{Script=Han}/gu)?.length ?? 0;
    expect(zh.usage.completionTokens).toBeGreaterThanOrEqual(han);
    expect(zh.usage.completionTokens).toBeLessThan(han * 1.3);
    const en = await new TemplateProvider().generate(request(sampleBrief('marketing_copy', 'en', 200)));
    const words = en.text.split(/\s+/).length;
    expect(en.usage.completionTokens).toBeGreaterThan(words * 1.1);
    expect(en.usage.completionTokens).toBeLessThan(words * 1.6);
  });

  it('variants of one request differ; parameters.seed makes them reproducible', async () => {
    const p = new TemplateProvider();
    const brief = videoBrief('en');
    const a = await p.generate(request(brief, { seed: 5, variant: 0 }));
    const b = await p.generate(request(brief, { seed: 5, variant: 1 }));
    const a2 = await p.generate(request(brief, { seed: 5, variant: 0 }));
    expect(a.text).not.toBe(b.text);
    expect(a2.text).toBe(a.text);
    expect(a.scenes).toEqual(a2.scenes);
  });

  it('rejects with aborted when cancelled mid-stream, and stops streaming', async () => {
    const controller = new AbortController();
    const chunks: string[] = [];
    const p = new TemplateProvider({ chunkDelayMs: 5 });
    const pending = p.generate(
      request(sampleBrief('news_draft', 'en'), {
        signal: controller.signal,
        onDelta: (c) => {
          chunks.push(c);
          if (chunks.length === 3) controller.abort();
        },
      }),
    );
    const err = await pending.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).toMatchObject({ code: 'aborted', retryable: false });
    expect(chunks).toHaveLength(3);
  });

  it('yields to the event loop between chunks, so an abort from a timer lands mid-stream', async () => {
    const controller = new AbortController();
    let count = 0;
    const pending = new TemplateProvider().generate(
      request(sampleBrief('marketing_copy', 'zh', 2000), {
        signal: controller.signal,
        onDelta: () => void count++,
      }),
    );
    setImmediate(() => controller.abort());
    await expect(pending).rejects.toMatchObject({ code: 'aborted' });
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(50);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const chunks: string[] = [];
    await expect(
      new TemplateProvider().generate(
        request(sampleBrief('video_script', 'zh'), {
          signal: controller.signal,
          onDelta: (c) => chunks.push(c),
        }),
      ),
    ).rejects.toMatchObject({ code: 'aborted' });
    expect(chunks).toEqual([]);
  });
});
