import type { Brief, PromptTemplate, TemplateLabel, TemplateSelector } from '@draftbench/contracts';

/** The versions of one key in one language, newest first; labels say which version each points at. */
export interface TemplateGroup {
  key: string;
  language: PromptTemplate['language'];
  contentType: PromptTemplate['contentType'];
  framework: string;
  versions: PromptTemplate[];
  labels: Partial<Record<TemplateLabel, number>>;
}

export const groupId = (group: Pick<TemplateGroup, 'key' | 'language'>): string =>
  `${group.key}:${group.language}`;

export function groupTemplates(items: readonly PromptTemplate[]): TemplateGroup[] {
  const groups = new Map<string, TemplateGroup>();
  for (const item of items) {
    const id = groupId(item);
    const group = groups.get(id) ?? {
      key: item.key,
      language: item.language,
      contentType: item.contentType,
      framework: item.framework,
      versions: [],
      labels: {},
    };
    group.versions.push(item);
    for (const label of item.labels) group.labels[label] = item.version;
    groups.set(id, group);
  }
  for (const group of groups.values()) group.versions.sort((a, b) => b.version - a.version);
  return [...groups.values()].sort(
    (a, b) => a.key.localeCompare(b.key) || a.language.localeCompare(b.language),
  );
}

/** `{{ name }}` placeholders of a template text, once each, in order. */
export function variablesIn(text: string): string[] {
  const names = [...text.matchAll(/{{\s*([a-z0-9_]+)\s*}}/g)].map((match) => match[1] ?? '');
  return names.filter((name, index) => name !== '' && names.indexOf(name) === index);
}

/** The variables the stored versions of a content type use: proven to pass the API's check. */
export function knownVariables(versions: readonly Pick<PromptTemplate, 'system' | 'user'>[]): string[] {
  const all = versions.flatMap((version) => [...variablesIn(version.system), ...variablesIn(version.user)]);
  return all.filter((name, index) => all.indexOf(name) === index).sort();
}

/** The key a job for this brief uses unless told otherwise (the API's `defaultTemplateKey`). */
export function defaultKeyOf(brief: Brief): string {
  switch (brief.contentType) {
    case 'marketing_copy':
      return `marketing_copy.${brief.fields.framework.toLowerCase()}`;
    case 'news_draft':
      return `news_draft.inverted_pyramid_${brief.fields.style}`;
    case 'video_script':
      return 'video_script.hook_scenes_cta';
  }
}

/** A template choice in a form: empty for the default (production), a label, or a version number. */
export type TemplateChoice = '' | `label:${TemplateLabel}` | `version:${number}`;

export function toTemplateSelector(choice: TemplateChoice | undefined): TemplateSelector | undefined {
  if (!choice) return undefined;
  const [kind, value = ''] = choice.split(':');
  if (kind === 'label') return { label: value as TemplateLabel };
  const version = Number(value);
  return Number.isInteger(version) && version > 0 ? { version } : undefined;
}

// The rendered `{{ brief_data }}`: a JSON object between the tags (instructions may name the tags).
const BRIEF_DATA = /<brief>\s*\{[\s\S]*?\}\s*<\/brief>/g;

/** Splits rendered text into plain parts and the delimited brief data, to show the data apart. */
export function splitBriefData(text: string): { text: string; data: boolean }[] {
  const parts: { text: string; data: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(BRIEF_DATA)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), data: false });
    parts.push({ text: match[0], data: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), data: false });
  return parts;
}
