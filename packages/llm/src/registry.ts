import type { ModelInfo, ProviderInfo } from '@draftbench/contracts';
import { OpenAIProvider } from './openai/openai-provider.js';
import type { LlmProvider } from './provider.js';
import { TemplateProvider } from './template/template-provider.js';

/** The configured providers by name, and which one is used when a job names none. */
export class ProviderRegistry {
  private readonly byName = new Map<string, LlmProvider>();
  private readonly defaultName: string;

  constructor(providers: LlmProvider[], defaultName: string) {
    for (const p of providers) {
      if (this.byName.has(p.info.name)) throw new Error(`provider "${p.info.name}" is registered twice`);
      this.byName.set(p.info.name, p);
    }
    if (!this.byName.has(defaultName)) {
      throw new Error(
        `default provider "${defaultName}" is not configured; known providers: ${this.names().join(', ')}`,
      );
    }
    this.defaultName = defaultName;
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  find(name: string): LlmProvider | undefined {
    return this.byName.get(name);
  }

  get(name: string): LlmProvider {
    const p = this.byName.get(name);
    if (!p) throw new Error(`unknown provider "${name}"; known providers: ${this.names().join(', ')}`);
    return p;
  }

  /** The registry, not each provider, decides the default, so `isDefault` is always consistent. */
  list(): ProviderInfo[] {
    return [...this.byName.values()].map((p) => ({ ...p.info, isDefault: p.info.name === this.defaultName }));
  }

  defaultProvider(): LlmProvider {
    return this.get(this.defaultName);
  }
}

export interface ProviderRegistryConfig {
  openai?: {
    baseURL?: string;
    apiKey?: string;
    models: ModelInfo[];
    timeoutMs?: number;
    idleTimeoutMs?: number;
  };
  defaultProvider?: string;
  /** Pause between the template engine's chunks, so its stream is visible in the UI. */
  templateChunkDelayMs?: number;
}

/**
 * `template` is always there (a first run needs no key); `openai` when configured. Default: the explicit
 * choice, else `openai` if it has a key, else `template`.
 */
export function createProviderRegistry(config: ProviderRegistryConfig): ProviderRegistry {
  const hasKey = !!config.openai?.apiKey;
  const defaultName = config.defaultProvider ?? (config.openai && hasKey ? 'openai' : 'template');
  const providers: LlmProvider[] = [
    new TemplateProvider({
      isDefault: defaultName === 'template',
      chunkDelayMs: config.templateChunkDelayMs,
    }),
  ];
  if (config.openai)
    providers.push(
      new OpenAIProvider({ ...config.openai, name: 'openai', isDefault: defaultName === 'openai' }),
    );
  return new ProviderRegistry(providers, defaultName);
}

/**
 * Parses a model list such as `gpt-4o-mini:0.15:0.6,deepseek-chat:0.27:1.1` (model:input:output USD per
 * 1M tokens). Prices are optional as a pair (→ 0). Model ids may contain colons (`qwen2.5:7b`), so
 * prices are read from the right.
 */
export function parseModelList(spec: string): ModelInfo[] {
  const models: ModelInfo[] = [];
  const entries = spec.split(',').map((e) => e.trim());
  if (entries.every((e) => e === '')) return [];
  entries.forEach((entry, i) => {
    const where = `model list entry ${i + 1} ("${entry}")`;
    if (entry === '') throw new Error(`${where} is empty; expected model[:inputPrice:outputPrice]`);
    const parts = entry.split(':');
    const isPrice = (s: string | undefined) => s !== undefined && /^\s*\d+(\.\d+)?\s*$/.test(s);
    let id = entry;
    let input = 0;
    let output = 0;
    const last = parts[parts.length - 1];
    const prev = parts[parts.length - 2];
    if (parts.length >= 3 && isPrice(last) && isPrice(prev)) {
      id = parts.slice(0, -2).join(':');
      input = Number(prev);
      output = Number(last);
    } else if (parts.length >= 2 && (isPrice(last) || /^\s*-?[\d.]+\s*$/.test(last ?? ''))) {
      throw new Error(
        `${where}: give both prices or neither, as model:inputPricePerM:outputPricePerM (non-negative numbers)`,
      );
    }
    id = id.trim();
    if (id === '' || /\s/.test(id))
      throw new Error(`${where}: the model id must be non-empty and contain no spaces`);
    if (models.some((m) => m.id === id)) throw new Error(`${where}: model "${id}" is listed twice`);
    models.push({ id, inputPricePerMTokUsd: input, outputPricePerMTokUsd: output });
  });
  return models;
}
