import OpenAI from 'openai';
import { toProviderError } from './errors.js';

export interface OpenAIModerationOptions {
  /** Any server with an OpenAI-style `POST /moderations`. */
  baseURL?: string;
  apiKey?: string;
  /** e.g. omni-moderation-latest */
  model: string;
  timeoutMs?: number;
}

// The SDK refuses to start without a key; local servers ignore whatever we send.
const PLACEHOLDER_KEY = 'not-needed';

/**
 * Asks an OpenAI-compatible moderation endpoint about texts, one result per text. It answers the body as
 * the server sent it — the safety gate validates it — and maps every failure to a ProviderError.
 */
export class OpenAIModeration {
  private readonly client: OpenAI;
  private readonly apiKey: string;
  private readonly model: string;
  private readonly timeoutMs: number;

  constructor(options: OpenAIModerationOptions) {
    this.apiKey = options.apiKey ?? '';
    this.model = options.model;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.client = new OpenAI({
      apiKey: this.apiKey || PLACEHOLDER_KEY,
      baseURL: options.baseURL,
      // The caller decides what an unanswered check means (hold the text, retry the job).
      maxRetries: 0,
      timeout: this.timeoutMs,
      logLevel: 'off',
    });
  }

  async moderate(input: string[], signal?: AbortSignal): Promise<unknown> {
    try {
      return await this.client.moderations.create({ model: this.model, input }, { signal });
    } catch (error) {
      throw toProviderError(error, null, {
        provider: 'moderation',
        apiKey: this.apiKey,
        timeoutMs: this.timeoutMs,
        idleTimeoutMs: this.timeoutMs,
      });
    }
  }
}
