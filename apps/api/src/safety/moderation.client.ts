import { Inject, Injectable } from '@nestjs/common';
import { OpenAIModeration } from '@draftbench/llm';
import { ModerationResponse } from '@draftbench/safety';
import { type Env } from '../config/env.schema.js';
import { ENV } from '../infrastructure/tokens.js';

/** Long texts go to the endpoint in pieces of this many characters, one result each (its inputs are bounded). */
const PIECE = 8_000;

const pieces = (text: string): string[] =>
  Array.from({ length: Math.max(1, Math.ceil(text.length / PIECE)) }, (_, i) =>
    text.slice(i * PIECE, (i + 1) * PIECE),
  );

/**
 * The provider's moderation endpoint (OpenAI-style `/moderations`, at OPENAI_BASE_URL with OPENAI_API_KEY)
 * when OPENAI_MODERATION_MODEL names a model; otherwise not configured and never called.
 */
@Injectable()
export class ModerationClient {
  private readonly endpoint: OpenAIModeration | null;

  constructor(@Inject(ENV) env: Env) {
    this.endpoint = env.OPENAI_MODERATION_MODEL
      ? new OpenAIModeration({
          baseURL: env.OPENAI_BASE_URL,
          apiKey: env.OPENAI_API_KEY,
          model: env.OPENAI_MODERATION_MODEL,
          timeoutMs: env.OPENAI_MODERATION_TIMEOUT_MS,
        })
      : null;
  }

  get configured(): boolean {
    return this.endpoint !== null;
  }

  /** Rejects when the endpoint fails, times out or answers something that is not a moderation result. */
  async moderate(text: string, signal?: AbortSignal): Promise<ModerationResponse> {
    if (!this.endpoint) throw new Error('No moderation endpoint is configured.');
    return ModerationResponse.parse(await this.endpoint.moderate(pieces(text), signal));
  }
}
