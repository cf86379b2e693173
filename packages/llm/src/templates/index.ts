export {
  TemplateError,
  type TemplateErrorCode,
  extractVariables,
  renderTemplateText,
} from './template-text.js';
export {
  allowedVariables,
  briefVariables,
  checkTemplate,
  templateVariables,
  briefData,
  briefDataBlock,
  REQUIRED_VARIABLES,
  type TemplateCheck,
  type TemplateVariable,
} from './variables.js';
export { DEFAULT_TEMPLATES, type PromptTemplateSpec } from './default-templates.js';
export {
  renderTemplate,
  defaultTemplateFor,
  defaultTemplateKey,
  templateIdOf,
  parseTemplateId,
  type RenderedPrompt,
  type RenderableTemplate,
} from './render.js';
