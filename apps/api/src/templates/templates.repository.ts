import { Inject, Injectable } from '@nestjs/common';
import {
  type Language,
  type PageQuery,
  type TemplateFilter,
  type TemplateLabel,
} from '@draftbench/contracts';
import { promptTemplateLabels, promptTemplates, type Database, type PromptTemplateRow } from '@draftbench/db';
import { type PromptTemplateSpec } from '@draftbench/llm';
import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { DB } from '../infrastructure/tokens.js';
import { afterTemplateCursor } from './template-cursor.js';

export type NewPromptTemplate = typeof promptTemplates.$inferInsert;
export type LabelRow = typeof promptTemplateLabels.$inferSelect;

/** A stored version with the labels that point at it. */
export interface PromptTemplateWithLabels extends PromptTemplateRow {
  labels: TemplateLabel[];
}

const LABEL_ORDER: TemplateLabel[] = ['production', 'staging'];

/**
 * Versions are immutable rows, unique on (key, language, version); labels are one row per
 * (key, language, label) pointing at a version. Every write is an upsert or a conflict-free insert, so
 * several processes can seed and write at once.
 */
@Injectable()
export class PromptTemplatesRepository {
  /** Prepared: read on every job creation (TemplatesService.resolveForJob). */
  private readonly labelled;
  private readonly versions = new LRUCache<string, PromptTemplateRow>({ max: 1000 });

  constructor(@Inject(DB) private readonly db: Database) {
    this.labelled = this.prepareLabelled();
  }

  /** Inserts the shipped versions and a `production` label where a key/language has none yet. */
  async seed(specs: readonly PromptTemplateSpec[]): Promise<{ versions: number; labels: number }> {
    if (specs.length === 0) return { versions: 0, labels: 0 };
    return this.db.transaction(async (tx) => {
      const versions = await tx
        .insert(promptTemplates)
        .values(
          specs.map((s) => ({
            key: s.key,
            contentType: s.contentType,
            framework: s.framework,
            language: s.language,
            version: s.version,
            system: s.system,
            user: s.user,
            description: s.description,
          })),
        )
        .onConflictDoNothing({
          target: [promptTemplates.key, promptTemplates.language, promptTemplates.version],
        })
        .returning({ id: promptTemplates.id });
      const labels = await tx
        .insert(promptTemplateLabels)
        .values(
          specs.map((s) => ({
            key: s.key,
            language: s.language,
            label: 'production' as const,
            version: s.version,
          })),
        )
        .onConflictDoNothing({
          target: [promptTemplateLabels.key, promptTemplateLabels.language, promptTemplateLabels.label],
        })
        .returning({ key: promptTemplateLabels.key });
      return { versions: versions.length, labels: labels.length };
    });
  }

  /** Every matching version; with `page`, one page of them and one row more (see pageOf). */
  async list(query: TemplateFilter, page?: PageQuery): Promise<PromptTemplateWithLabels[]> {
    const filters: (SQL | undefined)[] = [
      query.contentType ? eq(promptTemplates.contentType, query.contentType) : undefined,
      query.language ? eq(promptTemplates.language, query.language) : undefined,
      query.key ? eq(promptTemplates.key, query.key) : undefined,
      page?.cursor ? afterTemplateCursor(page.cursor) : undefined,
    ];
    const ordered = this.db
      .select()
      .from(promptTemplates)
      .where(and(...filters))
      .orderBy(asc(promptTemplates.key), asc(promptTemplates.language), desc(promptTemplates.version));
    return this.withLabels(await (page ? ordered.limit(page.limit + 1) : ordered));
  }

  async findById(id: string): Promise<PromptTemplateWithLabels | undefined> {
    const [row] = await this.db.select().from(promptTemplates).where(eq(promptTemplates.id, id));
    return row ? (await this.withLabels([row]))[0] : undefined;
  }

  /**
   * Every generation job reads its recorded version; a version never changes once written (a new version
   * is a new row), so a version read once is kept. Misses are not kept: they are broken jobs, not reads.
   */
  async findVersion(
    key: string,
    language: Language,
    version: number,
  ): Promise<PromptTemplateRow | undefined> {
    const id = `${key}\u0000${language}\u0000${version}`;
    const cached = this.versions.get(id);
    if (cached) return cached;
    const [row] = await this.db
      .select()
      .from(promptTemplates)
      .where(
        and(
          eq(promptTemplates.key, key),
          eq(promptTemplates.language, language),
          eq(promptTemplates.version, version),
        ),
      );
    if (row) this.versions.set(id, row);
    return row;
  }

  /** The version a label points at, or undefined when the label is unset. */
  async findLabelled(
    key: string,
    language: Language,
    label: TemplateLabel,
  ): Promise<PromptTemplateRow | undefined> {
    const [row] = await this.labelled.execute({ key, language, label });
    return row?.template;
  }

  private prepareLabelled() {
    return this.db
      .select({ template: promptTemplates })
      .from(promptTemplateLabels)
      .innerJoin(
        promptTemplates,
        and(
          eq(promptTemplates.key, promptTemplateLabels.key),
          eq(promptTemplates.language, promptTemplateLabels.language),
          eq(promptTemplates.version, promptTemplateLabels.version),
        ),
      )
      .where(
        and(
          eq(promptTemplateLabels.key, sql.placeholder('key')),
          eq(promptTemplateLabels.language, sql.placeholder('language')),
          eq(promptTemplateLabels.label, sql.placeholder('label')),
        ),
      )
      .prepare('prompt_template_by_label');
  }

  /** Any one version of the key (in any language), to learn its content type and framework. */
  async findAnyOfKey(key: string): Promise<PromptTemplateRow | undefined> {
    const [row] = await this.db
      .select()
      .from(promptTemplates)
      .where(eq(promptTemplates.key, key))
      .orderBy(asc(promptTemplates.createdAt))
      .limit(1);
    return row;
  }

  /**
   * Inserts the next version (max + 1) of the key in the language. Two concurrent creates cannot take the
   * same number: the loser's insert conflicts on the unique index and it tries the next number.
   */
  async createNextVersion(
    template: Omit<NewPromptTemplate, 'version' | 'id' | 'createdAt'>,
  ): Promise<PromptTemplateWithLabels> {
    for (let tries = 0; tries < 10; tries++) {
      const [latest] = await this.db
        .select({ max: sql<number | null>`max(${promptTemplates.version})` })
        .from(promptTemplates)
        .where(and(eq(promptTemplates.key, template.key), eq(promptTemplates.language, template.language)));
      const version = Number(latest?.max ?? 0) + 1;
      const [row] = await this.db
        .insert(promptTemplates)
        .values({ ...template, version })
        .onConflictDoNothing({
          target: [promptTemplates.key, promptTemplates.language, promptTemplates.version],
        })
        .returning();
      if (row) return { ...row, labels: [] };
    }
    throw new Error(`Could not allocate a version for ${template.key}.${template.language}`);
  }

  /** Points the label at the version (which the caller has checked exists). */
  async moveLabel(key: string, language: Language, label: TemplateLabel, version: number): Promise<void> {
    await this.db
      .insert(promptTemplateLabels)
      .values({ key, language, label, version })
      .onConflictDoUpdate({
        target: [promptTemplateLabels.key, promptTemplateLabels.language, promptTemplateLabels.label],
        set: { version, updatedAt: sql`now()` },
      });
  }

  private async withLabels(rows: PromptTemplateRow[]): Promise<PromptTemplateWithLabels[]> {
    if (rows.length === 0) return [];
    const keys = [...new Set(rows.map((r) => r.key))];
    const labels = await this.db
      .select()
      .from(promptTemplateLabels)
      .where(inArray(promptTemplateLabels.key, keys));
    return rows.map((row) => ({
      ...row,
      labels: LABEL_ORDER.filter((label) =>
        labels.some(
          (l) =>
            l.key === row.key &&
            l.language === row.language &&
            l.label === label &&
            l.version === row.version,
        ),
      ),
    }));
  }
}
