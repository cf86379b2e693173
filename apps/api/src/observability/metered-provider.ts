import {
  computeCostUsd,
  ProviderError,
  type GenerateRequest,
  type GenerateResult,
  type LlmProvider,
} from '@draftbench/llm';
import { type Metrics } from './metrics.js';

/** Wraps a provider so every call is measured at the boundary: latency, first token, tokens, cost, errors. */
export class MeteredProvider implements LlmProvider {
  constructor(
    private readonly inner: LlmProvider,
    private readonly metrics: Metrics,
  ) {}

  get info() {
    return this.inner.info;
  }

  async generate(request: GenerateRequest): Promise<GenerateResult> {
    const labels = { provider: this.info.name, model: request.model };
    const started = performance.now();
    let firstToken = true;
    const onDelta = (text: string) => {
      if (firstToken) {
        firstToken = false;
        this.metrics.providerFirstToken.observe(labels, (performance.now() - started) / 1000);
      }
      request.onDelta(text);
    };
    try {
      const result = await this.inner.generate({ ...request, onDelta });
      this.metrics.providerLatency.observe(
        { ...labels, outcome: 'ok' },
        (performance.now() - started) / 1000,
      );
      this.metrics.providerTokens.inc({ ...labels, kind: 'prompt' }, result.usage.promptTokens);
      this.metrics.providerTokens.inc({ ...labels, kind: 'completion' }, result.usage.completionTokens);
      const model = this.info.models.find((m) => m.id === request.model);
      if (model) this.metrics.providerCost.inc(labels, computeCostUsd(result.usage, model));
      return result;
    } catch (error) {
      this.metrics.providerLatency.observe(
        { ...labels, outcome: 'error' },
        (performance.now() - started) / 1000,
      );
      const code = error instanceof ProviderError ? error.code : 'unexpected';
      this.metrics.providerErrors.inc({ provider: this.info.name, code });
      throw error;
    }
  }
}
