import type { ProviderInfo } from '@draftbench/contracts';
import type { GenerateRequest, GenerateResult, LlmProvider } from '../provider.js';
import { estimateUsage } from '../usage.js';
import { generateTemplateDraft } from './generate.js';
import { chunkText, streamChunks } from './stream.js';

export interface TemplateProviderOptions {
  name?: string;
  isDefault?: boolean;
  /** Pause between chunks; tests slow the stream down to cancel it mid-way. */
  chunkDelayMs?: number;
}

export const TEMPLATE_MODEL_ID = 'rules-v1';

/**
 * The built-in rule-based generator behind the provider interface: deterministic, bilingual, free.
 * It is labelled `ruleBased` so nobody mistakes its drafts for a model's.
 */
export class TemplateProvider implements LlmProvider {
  readonly info: ProviderInfo;
  private readonly chunkDelayMs: number;

  constructor(options: TemplateProviderOptions = {}) {
    this.info = {
      name: options.name ?? 'template',
      kind: 'template',
      ruleBased: true,
      isDefault: options.isDefault ?? false,
      models: [{ id: TEMPLATE_MODEL_ID, inputPricePerMTokUsd: 0, outputPricePerMTokUsd: 0 }],
    };
    this.chunkDelayMs = options.chunkDelayMs ?? 0;
  }

  async generate(request: GenerateRequest): Promise<GenerateResult> {
    const { brief, parameters, variant, signal, onDelta, prompt } = request;
    const draft = generateTemplateDraft(brief, { seed: parameters.seed, variant });
    await streamChunks(chunkText(draft.text, brief.language), onDelta, signal, this.chunkDelayMs);
    return { text: draft.text, scenes: draft.scenes, usage: estimateUsage(prompt, draft.text) };
  }
}
