import { type Brief } from '@draftbench/contracts';

const strings = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
};

/** Every text field of a brief, whatever its content type, one per line: what the gate reads before a model call. */
export function briefText(brief: Brief): string {
  return strings([brief.title, brief.tone, brief.audience, brief.facts, brief.fields]).join('\n');
}
