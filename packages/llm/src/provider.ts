import type {
  Brief,
  GenerationParameters,
  ProviderInfo,
  TokenUsage,
  VideoScene,
} from '@draftbench/contracts';
import type { RenderedPrompt } from './prompt.js';

export interface GenerateRequest {
  brief: Brief;
  prompt: RenderedPrompt;
  model: string;
  parameters: GenerationParameters;
  /** 0-based variant index; the template engine mixes it into its seed so variants differ. */
  variant: number;
  /** Aborts the call (job cancelled, worker shutting down). The provider rejects with ProviderError code `aborted`. */
  signal: AbortSignal;
  /** Called with each streamed text chunk, in order. */
  onDelta: (text: string) => void;
}

export interface GenerateResult {
  text: string;
  /** Video scripts only, when the provider produced structured scenes. */
  scenes: VideoScene[] | null;
  usage: TokenUsage;
}

export interface LlmProvider {
  readonly info: ProviderInfo;
  generate(request: GenerateRequest): Promise<GenerateResult>;
}

export type ProviderErrorCode =
  | 'rate_limited'
  | 'timeout'
  | 'provider_error'
  | 'bad_request'
  | 'auth_error'
  | 'malformed_response'
  | 'aborted';

/**
 * The one error type providers throw. `message` is safe to store and show: it never holds a key or a stack.
 * `retryable` says whether another attempt can succeed (429, 408, 409, 5xx, timeouts, broken streams).
 */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  constructor(
    readonly code: ProviderErrorCode,
    message: string,
    readonly retryable: boolean,
    readonly status?: number,
    /** From Retry-After (or retry-after-ms) on 429/503. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}
