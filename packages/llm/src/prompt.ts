import type { Brief } from '@draftbench/contracts';
import { defaultTemplateFor, renderTemplate, type RenderedPrompt } from './templates/render.js';

export type { RenderedPrompt } from './templates/render.js';
export { briefData } from './templates/variables.js';

/** @deprecated Templates are versioned one by one now (`DEFAULT_TEMPLATES`, `templateId`); kept for imports. */
export const PROMPT_TEMPLATE_VERSION = 1;

/**
 * Renders the shipped default template for a brief (see `templates/default-templates.ts`, the one source of
 * the built-in prompt text). Instructions come only from the template and the brief's enums and numbers;
 * everything a person typed enters as JSON data between <brief> tags, with `<` and `>` escaped so no field
 * can close the tag and smuggle in instructions.
 */
export function renderPrompt(brief: Brief): RenderedPrompt {
  return renderTemplate(defaultTemplateFor(brief), brief);
}
