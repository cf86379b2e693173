export * from './provider.js';
export { renderPrompt, briefData, PROMPT_TEMPLATE_VERSION, type RenderedPrompt } from './prompt.js';
export {
  TemplateError,
  type TemplateErrorCode,
  extractVariables,
  renderTemplateText,
  allowedVariables,
  briefVariables,
  checkTemplate,
  templateVariables,
  briefDataBlock,
  REQUIRED_VARIABLES,
  type TemplateCheck,
  type TemplateVariable,
  DEFAULT_TEMPLATES,
  type PromptTemplateSpec,
  renderTemplate,
  defaultTemplateFor,
  defaultTemplateKey,
  templateIdOf,
  parseTemplateId,
  type RenderableTemplate,
} from './templates/index.js';
export { measureLength } from './length.js';
export { estimateTokens, estimateUsage, estimateRequestTokens, computeCostUsd } from './usage.js';
export {
  TemplateProvider,
  TEMPLATE_MODEL_ID,
  type TemplateProviderOptions,
} from './template/template-provider.js';
export { generateTemplateDraft } from './template/generate.js';
export type { TemplateDraft, DraftSection } from './template/types.js';
export { OpenAIProvider, type OpenAIProviderOptions } from './openai/openai-provider.js';
export { OpenAIModeration, type OpenAIModerationOptions } from './openai/openai-moderation.js';
export { parseScenes } from './openai/scenes.js';
export {
  ProviderRegistry,
  createProviderRegistry,
  parseModelList,
  type ProviderRegistryConfig,
} from './registry.js';
export {
  JUDGE_PROMPT_VERSION,
  combineVerdict,
  judgeCriteria,
  parseJudgeAnswer,
  renderJudgePrompt,
  type CombinedVerdict,
  type JudgeAnswer,
  type JudgeCriterion,
  type JudgedDraft,
  type MalformedAnswer,
  type ShownScores,
  type VerdictStatus,
} from './judge/index.js';
