import { type Brief, type Language } from '@draftbench/contracts';
import { type PromptTemplateRow } from '@draftbench/db';
import { parseTemplateId, renderPrompt, renderTemplate, type RenderedPrompt } from '@draftbench/llm';

export interface TemplateVersionLookup {
  findVersion(key: string, language: Language, version: number): Promise<PromptTemplateRow | undefined>;
}

/** The stored template a job recorded is gone (versions are never deleted, so this is a broken database). */
export class MissingTemplateVersionError extends Error {
  constructor(readonly templateId: string) {
    super(`The job's prompt template ${templateId} is not in the database any more.`);
  }
}

/**
 * The prompt a job renders: exactly the version recorded on the job (`key.language@version`), looked up
 * by key, language and version — never through a label, so moving a label after the job was queued does
 * not change what it renders. Ids from before versioned templates (`builtin/…`) render the shipped default.
 * Throws `MissingTemplateVersionError`, or `TemplateError` when the version does not fit the brief.
 */
export async function renderJobPrompt(
  templates: TemplateVersionLookup,
  promptTemplate: string,
  brief: Brief,
): Promise<RenderedPrompt> {
  const ref = parseTemplateId(promptTemplate);
  if (!ref) return renderPrompt(brief);
  const row = await templates.findVersion(ref.key, ref.language, ref.version);
  if (!row) throw new MissingTemplateVersionError(promptTemplate);
  return renderTemplate(
    { key: row.key, language: ref.language, version: row.version, system: row.system, user: row.user },
    brief,
  );
}
