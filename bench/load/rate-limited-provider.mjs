// A simulated OpenAI-compatible provider for benches: `@draftbench/llm/testing`'s fake server (a real HTTP
// server streaming chat completions) behind a rate limiter like a provider's, with realistic latency.
import { startFakeOpenAIServer } from '@draftbench/llm/testing';

/**
 * Rolling-window limits, the strict reading of "N per minute": in any `windowSeconds`, at most `requests`
 * admitted calls and `tokens` tokens (each call counted with the prompt + completion tokens it uses).
 * `admit` returns 0 when the call fits (and counts it), else the milliseconds until it would fit.
 */
export function rollingWindowLimiter({ requests, tokens, windowSeconds }) {
  const windowMs = windowSeconds * 1000;
  const admitted = []; // { at, tokens }, oldest first
  let head = 0;
  let tokensInWindow = 0;
  return {
    admit(callTokens, now = performance.now()) {
      while (head < admitted.length && admitted[head].at <= now - windowMs)
        tokensInWindow -= admitted[head++].tokens;
      const inWindow = admitted.length - head;
      if (inWindow + 1 <= requests && tokensInWindow + callTokens <= tokens) {
        admitted.push({ at: now, tokens: callTokens });
        tokensInWindow += callTokens;
        return 0;
      }
      // The earliest moment both limits have room: walk the window until enough has left it.
      let freedTokens = 0;
      let waitUntil = now;
      for (let i = head; i < admitted.length; i++) {
        const requestsFit = inWindow - (i - head) + 1 <= requests;
        const tokensFit = tokensInWindow - freedTokens + callTokens <= tokens;
        if (requestsFit && tokensFit) break;
        freedTokens += admitted[i].tokens;
        waitUntil = admitted[i].at + windowMs;
      }
      return Math.max(1, Math.ceil(waitUntil - now));
    },
  };
}

/** ≈ 4 characters per token, OpenAI's rule of thumb for English, plus a few tokens per message. */
const promptTokensOf = (body) =>
  (Array.isArray(body?.messages) ? body.messages : []).reduce(
    (sum, m) => sum + 4 + Math.ceil(String(m?.content ?? '').length / 4),
    0,
  );

const WORDS = ['Boil', ' a', ' litre', ' in', ' three', ' minutes', ',', ' pour', ' and', ' enjoy', '.'];

/**
 * Starts the provider. Each chat call draws its completion length uniformly from `completionTokens`
 * ([min, max]), is admitted or refused with 429 (`retry-after-ms` and `retry-after`) by the limiter, then
 * streams one token per delta: the first after `ttftMs` ([min, max]), the next ones `perTokenMs` apart.
 * `onFirstDelta(request, writtenAt)` is called when the first delta of a call has been written.
 * `appEstimate(body)`, if given, is what the client charged its own budget for a call (reported summed).
 */
export async function startRateLimitedProvider({
  limiter,
  completionTokens = [62, 94],
  ttftMs = [250, 450],
  perTokenMs = 15,
  random = Math.random,
  onFirstDelta,
  appEstimate,
}) {
  const between = ([min, max]) => Math.round(min + random() * (max - min));
  // streamMs: summed time from admitting a served call to writing its last delta.
  // appEstimated: summed `appEstimate(body)` of served calls, to compare with the tokens they used.
  const stats = { calls: 0, ok: 0, refused: 0, tokens: 0, promptTokens: 0, streamMs: 0, appEstimated: 0 };
  const server = await startFakeOpenAIServer({
    kind: 'reply',
    with: (rec) => {
      stats.calls++;
      const now = performance.now();
      const prompt = promptTokensOf(rec.body);
      const completion = between(completionTokens);
      const waitMs = limiter ? limiter.admit(prompt + completion, now) : 0;
      if (waitMs > 0) {
        stats.refused++;
        return {
          kind: 'error',
          status: 429,
          headers: { 'retry-after-ms': String(waitMs), 'retry-after': String(Math.ceil(waitMs / 1000)) },
          body: {
            error: {
              message: 'Rate limit reached (simulated).',
              type: 'requests',
              code: 'rate_limit_exceeded',
            },
          },
        };
      }
      stats.ok++;
      stats.tokens += prompt + completion;
      stats.promptTokens += prompt;
      stats.appEstimated += appEstimate?.(rec.body) ?? 0;
      return {
        kind: 'stream',
        deltas: Array.from({ length: completion }, (_, i) => WORDS[i % WORDS.length]),
        usage: { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion },
        firstDelayMs: between(ttftMs),
        delayMs: perTokenMs,
        onDelta: (i, at) => {
          if (i === 0) onFirstDelta?.(rec, at);
          if (i === completion - 1) stats.streamMs += at - now;
        },
      };
    },
  });
  return { baseURL: server.baseURL, stats, close: () => server.close() };
}
