import type {
  BriefCreate,
  ContentType,
  CopyChannel,
  CopyFramework,
  FieldError,
  Language,
  NewsStyle,
  VideoPlatform,
} from '@draftbench/contracts';

/**
 * What the create-brief form holds. Each content type keeps its fields under its own key, so switching
 * type neither loses what was typed nor mixes same-named fields (news `style` is an enum, video `style` text).
 * Lists people type one item per line are kept as text until submit.
 */
export interface BriefFormValues {
  contentType: ContentType;
  language: Language;
  title?: string;
  targetLength?: number | null;
  tone?: string;
  audience?: string;
  facts?: string;
  marketing_copy?: {
    productName?: string;
    category?: string;
    sellingPoints?: string;
    channel?: CopyChannel;
    framework?: CopyFramework;
    brandVoice?: string;
    mustSay?: string;
    mustNotSay?: string;
  };
  news_draft?: {
    headlineIdea?: string;
    facts?: { who?: string; what?: string; when?: string; where?: string; why?: string; how?: string };
    sources?: { name?: string; url?: string }[];
    quotes?: { speaker?: string; role?: string; text?: string }[];
    angle?: string;
    style?: NewsStyle;
  };
  video_script?: {
    topic?: string;
    platform?: VideoPlatform;
    durationSeconds?: number | null;
    style?: string;
    callToAction?: string;
  };
}

export type FormName = (string | number)[];

/** Fields typed as one item per line: an error on item N belongs to the whole text area. */
const LINE_FIELDS = new Set(['facts', 'sellingPoints', 'mustSay', 'mustNotSay']);

const optional = (value: string | undefined): string | undefined => (value?.trim() ? value : undefined);
const lines = (value: string | undefined): string[] =>
  (value ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const present = (value: number | null | undefined): number | undefined => value ?? undefined;
const hasText = (row: Record<string, string | undefined>): boolean =>
  Object.values(row).some((v) => v?.trim());

/** The unvalidated request body; BriefCreate.safeParse decides whether it is acceptable. */
export function toBriefInput(values: BriefFormValues): Record<string, unknown> {
  return {
    contentType: values.contentType,
    language: values.language,
    title: values.title,
    targetLength: present(values.targetLength),
    tone: optional(values.tone),
    audience: optional(values.audience),
    facts: lines(values.facts),
    fields: typedFields(values),
  };
}

function typedFields(values: BriefFormValues): Record<string, unknown> {
  switch (values.contentType) {
    case 'marketing_copy': {
      const fields = values.marketing_copy ?? {};
      return {
        ...fields,
        brandVoice: optional(fields.brandVoice),
        sellingPoints: lines(fields.sellingPoints),
        mustSay: lines(fields.mustSay),
        mustNotSay: lines(fields.mustNotSay),
      };
    }
    case 'news_draft': {
      const fields = values.news_draft ?? {};
      const facts = fields.facts ?? {};
      return {
        ...fields,
        angle: optional(fields.angle),
        facts: Object.fromEntries(Object.entries(facts).map(([key, value]) => [key, optional(value)])),
        // Rows left entirely empty are ignored rather than reported as errors.
        sources: (fields.sources ?? []).filter(hasText).map((s) => ({ name: s.name, url: optional(s.url) })),
        quotes: (fields.quotes ?? []).filter(hasText).map((q) => ({ ...q, role: optional(q.role) })),
      };
    }
    case 'video_script': {
      const fields = values.video_script ?? {};
      return { ...fields, style: optional(fields.style), durationSeconds: present(fields.durationSeconds) };
    }
  }
}

/** Maps a path of the request body (zod issue or API field error) to the form field that produced it. */
export function toFormName(path: readonly PropertyKey[], contentType: ContentType): FormName {
  const name: FormName = [];
  for (const [index, segment] of path.entries()) {
    if (typeof segment === 'symbol') break;
    if (typeof segment === 'number' && LINE_FIELDS.has(String(path[index - 1]))) break;
    name.push(index === 0 && segment === 'fields' ? contentType : segment);
  }
  return name;
}

/** "fields.sellingPoints.0" (API problem field errors) → ['fields', 'sellingPoints', 0]. */
export const parseDottedPath = (path: FieldError['path']): (string | number)[] =>
  path.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));

export type BriefIssue = NonNullable<ReturnType<typeof BriefCreate.safeParse>['error']>['issues'][number];
