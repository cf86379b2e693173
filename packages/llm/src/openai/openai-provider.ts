import OpenAI from 'openai';
import type { ModelInfo, ProviderInfo, TokenUsage } from '@draftbench/contracts';
import { type GenerateRequest, type GenerateResult, type LlmProvider, ProviderError } from '../provider.js';
import { estimateUsage } from '../usage.js';
import { type AbortCause, toProviderError } from './errors.js';
import { parseScenes } from './scenes.js';

export { computeCostUsd } from '../usage.js';

export interface OpenAIProviderOptions {
  name?: string;
  /** Any OpenAI-compatible endpoint: OpenAI, DeepSeek, DashScope, Moonshot, Ollama, vLLM, llama.cpp. */
  baseURL?: string;
  /** May be empty for local servers that need none. */
  apiKey?: string;
  models: ModelInfo[];
  /** Hard limit on the whole call, first byte to last. */
  timeoutMs?: number;
  /** Longest allowed silence between stream chunks once the stream is open. */
  idleTimeoutMs?: number;
  isDefault?: boolean;
}

// The SDK refuses to start without a key; local servers ignore whatever we send.
const PLACEHOLDER_KEY = 'not-needed';

/** Streams chat completions from an OpenAI-compatible server and maps every failure to ProviderError. */
export class OpenAIProvider implements LlmProvider {
  readonly info: ProviderInfo;
  private readonly client: OpenAI;
  private readonly apiKey: string;
  private readonly timeoutMs: number;
  private readonly idleTimeoutMs: number;

  constructor(options: OpenAIProviderOptions) {
    if (options.models.length === 0)
      throw new Error(`provider "${options.name ?? 'openai'}" needs at least one model`);
    this.info = {
      name: options.name ?? 'openai',
      kind: 'openai',
      ruleBased: false,
      isDefault: options.isDefault ?? false,
      models: options.models,
    };
    this.apiKey = options.apiKey ?? '';
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.idleTimeoutMs = options.idleTimeoutMs ?? 20_000;
    this.client = new OpenAI({
      apiKey: this.apiKey || PLACEHOLDER_KEY,
      baseURL: options.baseURL,
      // Our job queue owns retries and backoff; the SDK retrying underneath would multiply attempts.
      maxRetries: 0,
      // A backstop only: our own timers fire first and say which limit was hit.
      timeout: this.timeoutMs + 1_000,
      // The SDK logs unparseable stream lines itself; we report them as ProviderError instead.
      logLevel: 'off',
    });
  }

  async generate(request: GenerateRequest): Promise<GenerateResult> {
    const { prompt, parameters: p, signal, onDelta, model } = request;
    const ctx = {
      provider: this.info.name,
      apiKey: this.apiKey,
      timeoutMs: this.timeoutMs,
      idleTimeoutMs: this.idleTimeoutMs,
    };
    if (signal.aborted) throw new ProviderError('aborted', 'Generation was cancelled.', false);

    // One controller for the request: the caller's signal, the hard timeout and the idle timer feed it.
    const controller = new AbortController();
    let cause: AbortCause = null;
    const stop = (why: Exclude<AbortCause, null>) => {
      if (cause === null) cause = why;
      controller.abort();
    };
    const onCallerAbort = () => stop('caller');
    signal.addEventListener('abort', onCallerAbort, { once: true });
    const hard = setTimeout(() => stop('timeout'), this.timeoutMs);
    let idle: NodeJS.Timeout | undefined;
    const touch = () => {
      clearTimeout(idle);
      idle = setTimeout(() => stop('idle'), this.idleTimeoutMs);
    };

    let text = '';
    let usage: TokenUsage | null = null;
    let finished = false;
    let chunks = 0;
    try {
      const stream = await this.client.chat.completions.create(
        {
          model,
          messages: [
            { role: 'system', content: prompt.system },
            { role: 'user', content: prompt.user },
          ],
          stream: true,
          stream_options: { include_usage: true },
          ...(p.temperature !== undefined && { temperature: p.temperature }),
          ...(p.topP !== undefined && { top_p: p.topP }),
          ...(p.maxTokens !== undefined && { max_tokens: p.maxTokens }),
          ...(p.seed !== undefined && { seed: p.seed }),
        },
        { signal: controller.signal, maxRetries: 0, timeout: this.timeoutMs + 1_000 },
      );
      // Idle time counts from the open stream: time-to-first-byte is bounded by the hard timeout only.
      touch();
      for await (const chunk of stream) {
        touch();
        chunks++;
        for (const choice of chunk.choices ?? []) {
          const delta = choice.delta?.content;
          if (delta) {
            text += delta;
            onDelta(delta);
          }
          if (choice.finish_reason) finished = true;
        }
        if (chunk.usage) {
          usage = {
            promptTokens: chunk.usage.prompt_tokens,
            completionTokens: chunk.usage.completion_tokens,
            totalTokens: chunk.usage.total_tokens,
          };
        }
      }
      // The SDK ends iteration quietly when its signal fires, so check why we stopped.
      if (cause !== null) throw toProviderError(null, cause, ctx);
      // A stream that closes without a finish_reason was cut off: storing it would keep a truncated draft.
      if (chunks === 0 || !finished) {
        throw new ProviderError(
          'malformed_response',
          `${ctx.provider}: the stream ended before the model finished its answer.`,
          true,
        );
      }
    } catch (err) {
      throw toProviderError(err, cause, ctx);
    } finally {
      clearTimeout(hard);
      clearTimeout(idle);
      signal.removeEventListener('abort', onCallerAbort);
    }

    return {
      text,
      scenes: request.brief.contentType === 'video_script' ? parseScenes(text) : null,
      usage: usage ?? estimateUsage(prompt, text),
    };
  }
}
