import { PromptTemplate } from '@draftbench/contracts';
import { type PromptTemplateWithLabels } from './templates.repository.js';

/** Rows were validated on the way in; parsing on the way out keeps the enums honest. */
export function templateFromRow(row: PromptTemplateWithLabels): PromptTemplate {
  return PromptTemplate.parse({
    id: row.id,
    key: row.key,
    contentType: row.contentType,
    framework: row.framework,
    language: row.language,
    version: row.version,
    system: row.system,
    user: row.user,
    description: row.description,
    labels: row.labels,
    createdAt: row.createdAt.toISOString(),
  });
}
