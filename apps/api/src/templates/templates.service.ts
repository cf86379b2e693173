import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import {
  type Brief,
  type FieldError,
  type PromptTemplate,
  type PromptTemplateCreate,
  type TemplateLabelMove,
  type PromptTemplatePage,
  type TemplateListQuery,
  type TemplatePreview,
  type TemplatePreviewRequest,
  type TemplateSelector,
} from '@draftbench/contracts';
import { type PromptTemplateRow } from '@draftbench/db';
import {
  checkTemplate,
  DEFAULT_TEMPLATES,
  defaultTemplateKey,
  renderTemplate,
  TemplateError,
  templateIdOf,
  type RenderedPrompt,
} from '@draftbench/llm';
import { briefFromRow } from '../briefs/brief.mapper.js';
import { BriefsRepository } from '../briefs/briefs.repository.js';
import { conflict, notFound, ProblemException } from '../common/problem.exception.js';
import { encodeTemplateCursor } from './template-cursor.js';
import { templateFromRow } from './template.mapper.js';
import { PromptTemplatesRepository } from './templates.repository.js';

/** checkTemplate's problems, each filed under the part it is about (`system` or `user`). */
export function templateFieldErrors(contentType: Brief['contentType'], system: string, user: string) {
  // Checking each part against a known-good other part attributes every problem to its own text.
  const ofSystem = checkTemplate({ contentType, system, user: '{{ brief_data }}' }).problems;
  const ofUser = checkTemplate({ contentType, system: '', user }).problems;
  const errors: FieldError[] = [
    ...ofSystem.map((message) => ({ path: 'system', message })),
    ...ofUser.map((message) => ({ path: 'user', message })),
  ];
  return errors;
}

function invalidTemplate(errors: FieldError[]): ProblemException {
  return new ProblemException(
    400,
    'Invalid template',
    `The template is invalid — ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}.`,
    errors,
  );
}

const describeRef = (key: string, language: string) => `${key} (${language})`;

@Injectable()
export class PromptTemplatesService implements OnApplicationBootstrap {
  private readonly logger = new Logger(PromptTemplatesService.name);

  constructor(
    private readonly templates: PromptTemplatesRepository,
    private readonly briefs: BriefsRepository,
  ) {}

  /** Idempotent and safe with several processes starting at once (conflict-free inserts). */
  async onApplicationBootstrap(): Promise<void> {
    const seeded = await this.templates.seed(DEFAULT_TEMPLATES);
    if (seeded.versions || seeded.labels)
      this.logger.log(`Seeded ${seeded.versions} prompt template versions and ${seeded.labels} labels.`);
    // A shipped (key, language, version) already taken by a different text is kept, not overwritten.
    for (const spec of DEFAULT_TEMPLATES) {
      const row = await this.templates.findVersion(spec.key, spec.language, spec.version);
      if (row && (row.system !== spec.system || row.user !== spec.user))
        this.logger.warn(
          `Stored template ${templateIdOf(spec)} differs from the shipped one; the stored text is kept.`,
        );
    }
  }

  async list({ limit, cursor, ...filter }: TemplateListQuery): Promise<PromptTemplatePage> {
    const rows = await this.templates.list(filter, { limit, cursor });
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map(templateFromRow),
      nextCursor: rows.length > limit && last ? encodeTemplateCursor(last) : null,
    };
  }

  async get(id: string): Promise<PromptTemplate> {
    const row = await this.templates.findById(id);
    if (!row) throw notFound('template', id);
    return templateFromRow(row);
  }

  async create(input: PromptTemplateCreate, createdBy: string | null): Promise<PromptTemplate> {
    const prefix = input.key.split('.')[0];
    if (prefix !== input.contentType) {
      throw new ProblemException(
        400,
        'Invalid template key',
        `Template keys start with their content type: "${input.key}" cannot hold ${input.contentType} templates. Use e.g. ${input.contentType}.${input.framework.toLowerCase()}.`,
        [{ path: 'key', message: `Start the key with "${input.contentType}."` }],
      );
    }
    const existing = await this.templates.findAnyOfKey(input.key);
    if (existing && existing.contentType !== input.contentType) {
      throw conflict(
        `Template ${input.key} holds ${existing.contentType} templates; a new version cannot be ${input.contentType}. Use another key.`,
      );
    }
    if (existing && existing.framework !== input.framework) {
      throw conflict(
        `Versions of ${input.key} use the framework "${existing.framework}"; send that framework, or use another key for "${input.framework}".`,
      );
    }
    const errors = templateFieldErrors(input.contentType, input.system, input.user);
    if (errors.length) throw invalidTemplate(errors);
    const row = await this.templates.createNextVersion({
      key: input.key,
      contentType: input.contentType,
      framework: input.framework,
      language: input.language,
      system: input.system,
      user: input.user,
      description: input.description,
      createdBy,
    });
    return templateFromRow(row);
  }

  async moveLabel(input: TemplateLabelMove): Promise<PromptTemplate> {
    const row = await this.templates.findVersion(input.key, input.language, input.version);
    if (!row) {
      throw new ProblemException(
        404,
        'Not Found',
        `Template ${describeRef(input.key, input.language)} has no version ${input.version}. List the versions with GET /v1/templates?key=${input.key}&language=${input.language}.`,
      );
    }
    await this.templates.moveLabel(input.key, input.language, input.label, input.version);
    return this.get(row.id);
  }

  async preview(input: TemplatePreviewRequest): Promise<TemplatePreview> {
    const briefRow = await this.briefs.findById(input.briefId);
    if (!briefRow) throw notFound('brief', input.briefId);
    const brief = briefFromRow(briefRow);

    if (input.system !== undefined && input.user !== undefined) {
      const errors = templateFieldErrors(brief.contentType, input.system, input.user);
      if (errors.length) throw invalidTemplate(errors);
      const inline = { key: `${brief.contentType}.inline`, language: brief.language, version: 1 };
      const rendered = this.render({ ...inline, system: input.system, user: input.user }, brief);
      return { templateId: 'inline', system: rendered.system, user: rendered.user };
    }

    let row: PromptTemplateRow;
    if (input.templateId) {
      const found = await this.templates.findById(input.templateId);
      if (!found) throw notFound('template', input.templateId);
      row = found;
    } else {
      row = await this.resolveForJob(brief);
    }
    const rendered = this.renderRow(row, brief);
    return { templateId: rendered.templateId, system: rendered.system, user: rendered.user };
  }

  /**
   * The stored version a job for this brief renders: `selector.version` of the key, or the version
   * `selector.label` (default `production`) points at; the key defaults to `defaultTemplateKey(brief)`.
   * Problems are 400s with field paths under `template`.
   */
  async resolveForJob(brief: Brief, selector: TemplateSelector = {}): Promise<PromptTemplateRow> {
    const key = selector.key ?? defaultTemplateKey(brief);
    const { language } = brief;
    if (selector.version === undefined) {
      // The usual case in one query (a key holds one content type); the checks below explain a miss.
      const labelled = await this.templates.findLabelled(key, language, selector.label ?? 'production');
      if (labelled?.contentType === brief.contentType) return labelled;
    }
    const keyed = await this.templates.list({ key });
    const inLanguage = keyed.filter((r) => r.language === language);
    if (inLanguage.length === 0) {
      const known = (await this.templates.list({ contentType: brief.contentType, language }))
        .map((r) => r.key)
        .filter((k, i, all) => all.indexOf(k) === i);
      const elsewhere = keyed[0];
      const why = !elsewhere
        ? `There is no template "${key}".`
        : elsewhere.contentType !== brief.contentType
          ? `Template "${key}" is for ${elsewhere.contentType}, but the brief is ${brief.contentType}.`
          : `Template "${key}" has no ${language} version, and the brief is in ${language}.`;
      throw new ProblemException(
        400,
        'Unknown template',
        `${why} Templates for ${brief.contentType} in ${language}: ${known.join(', ') || 'none'}.`,
        [{ path: 'template.key', message: `Use one of: ${known.join(', ') || 'none'}` }],
      );
    }
    const ofType = inLanguage[0]!;
    if (ofType.contentType !== brief.contentType) {
      throw new ProblemException(
        400,
        'Template does not fit the brief',
        `Template "${key}" is for ${ofType.contentType}, but the brief is ${brief.contentType}.`,
        [{ path: 'template.key', message: `Use a ${brief.contentType} template` }],
      );
    }
    if (selector.version !== undefined) {
      const row = inLanguage.find((r) => r.version === selector.version);
      if (!row) {
        const versions = inLanguage.map((r) => r.version).sort((a, b) => a - b);
        throw new ProblemException(
          400,
          'Unknown template version',
          `Template ${describeRef(key, language)} has no version ${selector.version}; its versions are ${versions.join(', ')}.`,
          [{ path: 'template.version', message: `Use one of: ${versions.join(', ')}` }],
        );
      }
      return row;
    }
    const label = selector.label ?? 'production';
    const row = await this.templates.findLabelled(key, language, label);
    if (!row) {
      throw new ProblemException(
        400,
        'Template label not set',
        `The ${label} label of template ${describeRef(key, language)} points at no version. Move it with POST /v1/templates/labels, or choose a version.`,
        [{ path: 'template.label', message: `${label} is not set for ${key} in ${language}` }],
      );
    }
    return row;
  }

  /** Renders a stored row for a brief; a mismatch or an invalid template is the caller's 400. */
  renderRow(row: PromptTemplateRow, brief: Brief): RenderedPrompt {
    if (row.contentType !== brief.contentType || row.language !== brief.language) {
      const id = `${row.key}.${row.language}@${row.version}`;
      const what =
        row.contentType !== brief.contentType
          ? `is for ${row.contentType}, but the brief is ${brief.contentType}`
          : `is written in ${row.language}, but the brief is in ${brief.language}`;
      throw new ProblemException(
        400,
        'Template does not fit the brief',
        `Template ${id} ${what}. Choose a ${brief.contentType} template in ${brief.language}.`,
      );
    }
    return this.render(
      { key: row.key, language: brief.language, version: row.version, system: row.system, user: row.user },
      brief,
    );
  }

  private render(spec: Parameters<typeof renderTemplate>[0], brief: Brief): RenderedPrompt {
    try {
      return renderTemplate(spec, brief);
    } catch (error) {
      if (error instanceof TemplateError) {
        throw new ProblemException(
          400,
          error.code === 'mismatch' ? 'Template does not fit the brief' : 'Invalid template',
          `${error.message}.`,
        );
      }
      throw error;
    }
  }
}
