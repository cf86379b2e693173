import type { Brief, Language } from '@draftbench/contracts';
import { DEFAULT_TEMPLATES, type PromptTemplateSpec } from './default-templates.js';
import { TemplateError, renderTemplateText } from './template-text.js';
import { CONTENT_TYPES, briefVariables, checkTemplate } from './variables.js';

export interface RenderedPrompt {
  /** Which template and version produced it, e.g. `marketing_copy.aida.zh@1`; stored on the job. */
  templateId: string;
  system: string;
  user: string;
}

export type RenderableTemplate = Pick<PromptTemplateSpec, 'key' | 'version' | 'system' | 'user' | 'language'>;

/** `${key}.${language}@${version}`, e.g. `news_draft.inverted_pyramid_wire.en@3`. */
export function templateIdOf(spec: Pick<PromptTemplateSpec, 'key' | 'language' | 'version'>): string {
  return `${spec.key}.${spec.language}@${spec.version}`;
}

/** The inverse of `templateIdOf`; `undefined` for anything else (e.g. an old `builtin/…` id). */
export function parseTemplateId(
  id: string,
): { key: string; language: Language; version: number } | undefined {
  const m = /^([a-z0-9_]+(?:\.[a-z0-9_]+)*)\.(zh|en)@([1-9][0-9]*)$/.exec(id);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  return { key: m[1], language: m[2] as Language, version: Number(m[3]) };
}

/**
 * Renders a template for a brief (used for jobs and for previews). The template is checked against the
 * brief's content type first; a template for another content type or language is refused.
 * Throws `TemplateError` (`mismatch`, `invalid_template`).
 */
export function renderTemplate(spec: RenderableTemplate, brief: Brief): RenderedPrompt {
  const templateId = templateIdOf(spec);
  const keyType = spec.key.split('.')[0];
  if (CONTENT_TYPES.some((t) => t === keyType) && keyType !== brief.contentType) {
    throw new TemplateError(
      'mismatch',
      `Template ${templateId} is for ${keyType}, the brief is ${brief.contentType}`,
    );
  }
  if (spec.language !== brief.language) {
    throw new TemplateError(
      'mismatch',
      `Template ${templateId} is written in ${spec.language}, the brief is in ${brief.language}`,
    );
  }
  const check = checkTemplate({ contentType: brief.contentType, system: spec.system, user: spec.user });
  if (!check.ok) {
    throw new TemplateError(
      'invalid_template',
      `Template ${templateId} is invalid: ${check.problems.join('; ')}`,
    );
  }
  const values = briefVariables(brief);
  return {
    templateId,
    system: renderTemplateText(spec.system, values),
    user: renderTemplateText(spec.user, values),
  };
}

/**
 * The key of the default template for a brief: copy by `fields.framework`, news by `fields.style`, video
 * has one. Look up a stored `production` version by this key and the brief's language first.
 */
export function defaultTemplateKey(brief: Brief): string {
  switch (brief.contentType) {
    case 'marketing_copy':
      return `marketing_copy.${brief.fields.framework.toLowerCase()}`;
    case 'news_draft':
      return `news_draft.inverted_pyramid_${brief.fields.style}`;
    case 'video_script':
      return 'video_script.hook_scenes_cta';
  }
}

/** The shipped template for a brief (its content type, framework or style, and language). */
export function defaultTemplateFor(brief: Brief): PromptTemplateSpec {
  const key = defaultTemplateKey(brief);
  const spec = DEFAULT_TEMPLATES.find((t) => t.key === key && t.language === brief.language);
  if (!spec) throw new Error(`No default template ${key} for language ${brief.language}`);
  return spec;
}
