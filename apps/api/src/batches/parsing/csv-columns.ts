import {
  ContentType,
  CopyChannel,
  CopyFramework,
  Language,
  NewsStyle,
  VideoPlatform,
} from '@draftbench/contracts';

/**
 * The documented CSV format for batch briefs (docs/examples/README.md explains it to users; keep both in
 * step). One file may mix content types: `content_type` picks the schema per row, and a row leaves the
 * columns of other types empty.
 *
 * How a cell is read depends on its kind:
 * - `text`: the trimmed cell; checked for formula injection.
 * - `integer`: strict whole number (`300`, `-5`); anything else (`12a`, `1,000`, `12.5`) is an error.
 * - `list`: one item per line inside the (quoted) cell — Alt+Enter in Excel/WPS. We chose line breaks over
 *   ` ; ` because briefs are prose: facts and selling points contain semicolons, Chinese text uses `；`,
 *   and a line break is what a spreadsheet user already types to start a new item.
 * - `sources`: a list whose items are `name|url` or `name`.
 * - `quotes`: a list whose items are `speaker|role|text` or `speaker||text`.
 */
export type CsvColumnKind = 'text' | 'integer' | 'list' | 'sources' | 'quotes';

export interface CsvColumn {
  /** The snake_case header. */
  name: string;
  /** Where the value goes in the `BriefCreate` input, and what zod error paths are mapped back from. */
  path: readonly string[];
  kind: CsvColumnKind;
  /** Content types whose rows may fill this column. */
  appliesTo: readonly ContentType[];
  /** Allowed values per content type, matched case-insensitively so `aida` or `Douyin` still work. */
  choices?: Partial<Record<ContentType, readonly string[]>>;
}

const ALL = ContentType.options;
const allTypes = (values: readonly string[]) =>
  Object.fromEntries(ALL.map((t) => [t, values])) as Record<ContentType, readonly string[]>;

const column = (
  name: string,
  path: string,
  kind: CsvColumnKind,
  appliesTo: readonly ContentType[],
  choices?: CsvColumn['choices'],
): CsvColumn => ({ name, path: path.split('.'), kind, appliesTo, ...(choices ? { choices } : {}) });

const COPY = ['marketing_copy'] as const;
const NEWS = ['news_draft'] as const;
const VIDEO = ['video_script'] as const;

export const CSV_COLUMNS: readonly CsvColumn[] = [
  // Common to every content type.
  column('content_type', 'contentType', 'text', ALL, allTypes(ContentType.options)),
  column('language', 'language', 'text', ALL, allTypes(Language.options)),
  column('title', 'title', 'text', ALL),
  column('target_length', 'targetLength', 'integer', ALL),
  column('tone', 'tone', 'text', ALL),
  column('audience', 'audience', 'text', ALL),
  column('facts', 'facts', 'list', ALL),
  // marketing_copy
  column('product_name', 'fields.productName', 'text', COPY),
  column('category', 'fields.category', 'text', COPY),
  column('selling_points', 'fields.sellingPoints', 'list', COPY),
  column('channel', 'fields.channel', 'text', COPY, { marketing_copy: CopyChannel.options }),
  column('framework', 'fields.framework', 'text', COPY, { marketing_copy: CopyFramework.options }),
  column('brand_voice', 'fields.brandVoice', 'text', COPY),
  column('must_say', 'fields.mustSay', 'list', COPY),
  column('must_not_say', 'fields.mustNotSay', 'list', COPY),
  // news_draft: who … how are the 5W1H facts object of the schema, flattened into columns.
  column('headline_idea', 'fields.headlineIdea', 'text', NEWS),
  column('who', 'fields.facts.who', 'text', NEWS),
  column('what', 'fields.facts.what', 'text', NEWS),
  column('when', 'fields.facts.when', 'text', NEWS),
  column('where', 'fields.facts.where', 'text', NEWS),
  column('why', 'fields.facts.why', 'text', NEWS),
  column('how', 'fields.facts.how', 'text', NEWS),
  column('sources', 'fields.sources', 'sources', NEWS),
  column('quotes', 'fields.quotes', 'quotes', NEWS),
  column('angle', 'fields.angle', 'text', NEWS),
  // `style` is shared: an enum (wire/feature) for news, free text for video.
  column('style', 'fields.style', 'text', [...NEWS, ...VIDEO], { news_draft: NewsStyle.options }),
  // video_script
  column('topic', 'fields.topic', 'text', VIDEO),
  column('platform', 'fields.platform', 'text', VIDEO, { video_script: VideoPlatform.options }),
  column('duration_seconds', 'fields.durationSeconds', 'integer', VIDEO),
  column('call_to_action', 'fields.callToAction', 'text', VIDEO),
];

/** Headers a file must have; without them no row can be valid, so it is a file-level error. */
export const REQUIRED_HEADERS = ['content_type', 'language', 'title', 'target_length'] as const;

export const COLUMNS_BY_NAME: ReadonlyMap<string, CsvColumn> = new Map(CSV_COLUMNS.map((c) => [c.name, c]));

/**
 * Maps a zod issue path back to the column it came from, plus a human suffix for list items
 * (`fields.quotes.1.speaker` → `quotes`, "item 2, speaker"). The longest column path that is a prefix
 * wins, so `fields.facts.what` is `what`, never the common `facts` list.
 */
export function columnForPath(path: readonly PropertyKey[]): { column: string; detail?: string } {
  let best: CsvColumn | undefined;
  for (const c of CSV_COLUMNS) {
    if (c.path.length <= path.length && c.path.every((seg, i) => seg === path[i])) {
      if (!best || c.path.length > best.path.length) best = c;
    }
  }
  if (!best) return { column: path.map(String).join('.') || '(row)' };
  const rest = path.slice(best.path.length);
  if (rest.length === 0) return { column: best.name };
  const [index, ...sub] = rest;
  const item = typeof index === 'number' ? `item ${index + 1}` : String(index);
  return { column: best.name, detail: [item, ...sub.map(String)].join(', ') };
}
