import { type ProviderInfo } from '@draftbench/contracts';
import { type ProviderRegistry } from '@draftbench/llm';

/** What to do when only the rule-based template engine is configured: it writes drafts, it cannot read them. */
export const JUDGE_NEEDS_LLM =
  'The AI judge needs a chat model, and only the rule-based template engine is configured: set OPENAI_API_KEY (and OPENAI_BASE_URL for DeepSeek, Qwen, Ollama, vLLM…) and restart Draftbench.';

/** The configured providers that can judge: every chat provider, never the rule-based template engine. */
export const judgeProviders = (registry: ProviderRegistry): ProviderInfo[] =>
  registry.list().filter((provider) => !provider.ruleBased);
