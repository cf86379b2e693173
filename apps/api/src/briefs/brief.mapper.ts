import { Brief, type BriefCreate } from '@draftbench/contracts';
import { type BriefRow, type briefs } from '@draftbench/db';

export function briefToRow(input: BriefCreate): typeof briefs.$inferInsert {
  return {
    contentType: input.contentType,
    language: input.language,
    title: input.title,
    targetLength: input.targetLength,
    tone: input.tone ?? null,
    audience: input.audience ?? null,
    facts: input.facts,
    fields: input.fields,
  };
}

/** Rows were validated on the way in; parsing on the way out keeps the typed union honest. */
export function briefFromRow(row: BriefRow): Brief {
  return Brief.parse({
    id: row.id,
    contentType: row.contentType,
    language: row.language,
    title: row.title,
    targetLength: row.targetLength,
    ...(row.tone ? { tone: row.tone } : {}),
    ...(row.audience ? { audience: row.audience } : {}),
    facts: row.facts,
    fields: row.fields,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  });
}
