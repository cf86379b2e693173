import { ContentType, type FieldError } from '@draftbench/contracts';
import { COLUMNS_BY_NAME, type CsvColumn } from './csv-columns.js';
import { isFormulaRisk } from './formula-guard.js';

/** A row as the `BriefCreate` input shape, plus the errors found while reading its cells. */
export interface RowConversion {
  contentType?: ContentType;
  input: Record<string, unknown>;
  errors: FieldError[];
}

const WHOLE_NUMBER = /^-?\d+$/;

/**
 * Turns one CSV row (column → raw cell) into the input object `BriefCreate` validates. Empty cells are
 * left out so zod defaults apply; cell-level problems (formulas, bad numbers, malformed list items) are
 * collected here because zod never sees the raw text.
 */
export function csvRowToBriefInput(cells: ReadonlyMap<CsvColumn, string>): RowConversion {
  const errors: FieldError[] = [];
  const rawType = (cells.get(COLUMNS_BY_NAME.get('content_type')!) ?? '').trim();
  const contentType = matchChoice(rawType, ContentType.options) as ContentType | undefined;
  if (!contentType) {
    // Without a content type we cannot tell which columns apply, so this is the only reason reported.
    const allowed = ContentType.options.join(', ');
    const message = rawType ? `"${rawType}" is not a content type; use one of ${allowed}` : 'Required';
    return { input: {}, errors: [{ path: 'content_type', message }] };
  }

  // `fields` (and the news facts object) always exist so zod names the missing field, not the container.
  const input: Record<string, unknown> = { fields: contentType === 'news_draft' ? { facts: {} } : {} };
  for (const [column, raw] of cells) {
    if (raw.trim() === '') continue;
    if (!column.appliesTo.includes(contentType)) {
      errors.push({
        path: column.name,
        message: `Only used by ${column.appliesTo.join('/')} rows; leave it empty for ${contentType} rows`,
      });
      continue;
    }
    const problems: string[] = [];
    const value = readCell(column, contentType, raw, problems);
    for (const message of problems) errors.push({ path: column.name, message });
    if (problems.length === 0) setPath(input, column.path, value);
  }
  return { contentType, input, errors };
}

function readCell(column: CsvColumn, type: ContentType, raw: string, problems: string[]): unknown {
  switch (column.kind) {
    case 'integer': {
      // Strict on purpose: Number('12a') is NaN but parseInt('12a') is 12, and '1,000' or '12.5' is a
      // typo we should show, not round. A minus sign is allowed here (not a formula: the value is stored
      // as a number) and the schema then rejects the negative length.
      const text = raw.trim();
      if (!WHOLE_NUMBER.test(text)) problems.push(`Must be a whole number such as 300 (got "${text}")`);
      return Number(text);
    }
    case 'text': {
      checkFormula(raw, '', problems);
      const choices = column.choices?.[type];
      return choices ? (matchChoice(raw.trim(), choices) ?? raw.trim()) : raw.trim();
    }
    case 'list':
      return listItems(raw).map(({ item, label }) => {
        checkFormula(item, label, problems);
        return item.trim();
      });
    case 'sources':
      return listItems(raw).map(({ item, label }) => {
        const parts = item.split('|');
        parts.forEach((part) => checkFormula(part, label, problems));
        if (parts.length > 2) problems.push(`${label}: expected "name|url" or "name"`);
        const [name = '', url = ''] = parts.map((p) => p.trim());
        return url ? { name, url } : { name };
      });
    case 'quotes':
      return listItems(raw).map(({ item, label }) => {
        const parts = item.split('|');
        parts.forEach((part) => checkFormula(part, label, problems));
        if (parts.length < 3) problems.push(`${label}: expected "speaker|role|text" or "speaker||text"`);
        // The quote text is everything after the second bar, so a quote may itself contain "|".
        const [speaker = '', role = '', ...text] = parts;
        const quote: Record<string, string> = { speaker: speaker.trim(), text: text.join('|').trim() };
        if (role.trim()) quote.role = role.trim();
        return quote;
      });
  }
}

/** List cells hold one item per line; blank lines are ignored. Labels are 1-based for people. */
function listItems(raw: string): { item: string; label: string }[] {
  return raw
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((item, i) => ({ item, label: `item ${i + 1}` }));
}

function checkFormula(value: string, label: string, problems: string[]): void {
  if (!isFormulaRisk(value)) return;
  const first = value.replace(/^ +/, '').charAt(0);
  const shown = first === '\t' ? 'a tab' : first === '\n' || first === '\r' ? 'a line break' : `"${first}"`;
  problems.push(
    `${label ? `${label}: ` : ''}starts with ${shown}, which spreadsheets run as a formula ` +
      '(formula injection risk); reword it so it starts with a letter, digit or quote mark',
  );
}

function matchChoice(value: string, choices: readonly string[]): string | undefined {
  const lower = value.toLowerCase();
  return choices.find((c) => c.toLowerCase() === lower);
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}
