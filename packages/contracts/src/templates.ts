import { z } from 'zod';
import { ContentType, Id, Language, PageQuery, Timestamp, page, text } from './common.js';

/**
 * Prompt templates (DESIGN §1): versioned per (`key`, `language`); `production` and `staging` are movable
 * labels pointing at one version each. A job records the version it used as `key.language@version`.
 */

export const TemplateLabel = z
  .enum(['production', 'staging'])
  .describe(
    'A movable label: which version of a key/language jobs use by default (production) or on request',
  );
export type TemplateLabel = z.infer<typeof TemplateLabel>;

export const TemplateKey = z
  .string()
  .trim()
  .min(3)
  .max(100)
  .regex(
    /^[a-z0-9_]+(?:\.[a-z0-9_]+)+$/,
    'Use lowercase dotted snake_case, starting with the content type, e.g. marketing_copy.aida',
  )
  .describe('`<contentType>.<framework>`, e.g. marketing_copy.aida, news_draft.inverted_pyramid_wire');

export const TemplateVersion = z.number().int().min(1).max(1_000_000);

/** Template text: `{{ variable }}` placeholders only; see GET /v1/templates for the shipped examples. */
const TemplateText = z.string().trim().min(1).max(20_000);

export const PromptTemplate = z.object({
  id: Id,
  key: z.string(),
  contentType: ContentType,
  framework: z.string(),
  language: Language,
  version: z.number().int().min(1),
  system: z.string().describe('System message; may use every variable of the content type but brief_data'),
  user: z.string().describe('User message; must include {{ brief_data }}, the only place brief text appears'),
  description: z.string(),
  labels: z.array(TemplateLabel).describe('The labels that point at this version'),
  createdAt: Timestamp,
});
export type PromptTemplate = z.infer<typeof PromptTemplate>;

export const PromptTemplatePage = page(PromptTemplate);
export type PromptTemplatePage = z.infer<typeof PromptTemplatePage>;

export const TemplateFilter = z.object({
  contentType: ContentType.optional(),
  language: Language.optional(),
  key: TemplateKey.optional(),
});
export type TemplateFilter = z.infer<typeof TemplateFilter>;

/** Ordered by key, language, then newest version first, so the versions of a key come together. */
export const TemplateListQuery = PageQuery.extend(TemplateFilter.shape);
export type TemplateListQuery = z.infer<typeof TemplateListQuery>;

export const PromptTemplateCreate = z
  .object({
    key: TemplateKey,
    contentType: ContentType,
    framework: text(64).describe(
      'AIDA, PAS, FAB, inverted_pyramid_wire, … (the same for every version of a key)',
    ),
    language: Language,
    system: TemplateText,
    user: TemplateText,
    description: z.string().trim().max(1000).default(''),
  })
  .describe('A new version of a key in a language: the next version number is assigned by the server');
export type PromptTemplateCreate = z.infer<typeof PromptTemplateCreate>;
export type PromptTemplateCreateInput = z.input<typeof PromptTemplateCreate>;

export const TemplateLabelMove = z.object({
  key: TemplateKey,
  language: Language,
  label: TemplateLabel,
  version: TemplateVersion.describe('An existing version of the key in that language'),
});
export type TemplateLabelMove = z.infer<typeof TemplateLabelMove>;

export const TemplatePreviewRequest = z
  .object({
    briefId: Id,
    templateId: Id.optional().describe(
      'A stored version (its id); omit it, and system/user, for the production version of the brief’s default key',
    ),
    system: TemplateText.optional().describe('Inline template text to try before saving it (with user)'),
    user: TemplateText.optional(),
  })
  .superRefine((value, ctx) => {
    const inline = value.system !== undefined || value.user !== undefined;
    if (value.templateId && inline) {
      ctx.addIssue({
        code: 'custom',
        path: ['templateId'],
        message: 'Send either templateId or inline system/user text, not both',
      });
    } else if (inline) {
      for (const part of ['system', 'user'] as const) {
        if (value[part] === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [part],
            message: 'Inline templates need both system and user',
          });
      }
    }
  });
export type TemplatePreviewRequest = z.infer<typeof TemplatePreviewRequest>;

export const TemplatePreview = z.object({
  templateId: z.string().describe('`key.language@version` as a job would record it, or `inline`'),
  system: z.string(),
  user: z.string(),
});
export type TemplatePreview = z.infer<typeof TemplatePreview>;

export const TemplateSelector = z
  .object({
    key: TemplateKey.optional().describe(
      'Defaults to the brief’s default key (by framework, news style or video)',
    ),
    label: TemplateLabel.optional().describe('Defaults to production; not with version'),
    version: TemplateVersion.optional().describe('A fixed version of the key in the brief’s language'),
  })
  .refine((s) => s.label === undefined || s.version === undefined, {
    message: 'Choose a label or a version, not both',
    path: ['version'],
  });
export type TemplateSelector = z.infer<typeof TemplateSelector>;
