import { parse } from 'csv-parse/sync';

/** One CSV record and the physical line (1-based) where it starts. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type ReadRecordsResult = { ok: true; records: CsvRecord[] } | { ok: false; error: string };

const QUOTE_PROBLEMS: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted cell starts here and is never closed',
  CSV_INVALID_CLOSING_QUOTE: 'a closing quote is followed by other text; write a quote inside a cell as ""',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'a closing quote is followed by other text',
  INVALID_OPENING_QUOTE: 'a cell has a stray opening quote',
  CSV_MAX_RECORD_SIZE: 'a row is longer than 128,000 characters (usually a quote that is never closed)',
};

/**
 * Splits CSV text into records with their starting line numbers.
 *
 * Line numbers: csv-parse reports the line a record *ends* on (`context.lines`), so a record starts on
 * the line after the previous one ended. That only holds if csv-parse counts every line, so (1) empty
 * lines are kept as records and filtered by the caller, and (2) line breaks are normalised to LF first:
 * csv-parse 7 counts a CRLF inside a quoted cell as two lines, which would shift every later row.
 *
 * Broken quoting is a file-level error: after it the parser cannot know where rows begin, so reporting
 * "later rows" would be guesswork.
 */
export function readCsvRecords(text: string): ReadRecordsResult {
  const normalised = text.replace(/\r\n?/g, '\n');
  const records: CsvRecord[] = [];
  let lastEndLine = 0;
  try {
    parse(normalised, {
      delimiter: guessDelimiter(normalised),
      record_delimiter: '\n',
      relax_column_count: true, // wrong cell counts are reported per row by the caller, not thrown
      relax_quotes: true, // a bare quote inside an unquoted cell (他说"好") is kept as text
      on_record: (cells: string[], context) => {
        records.push({ line: lastEndLine + 1, cells });
        lastEndLine = context.lines;
        return null; // collected above; nothing to return
      },
    });
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    const problem = QUOTE_PROBLEMS[code] ?? (err instanceof Error ? err.message : String(err));
    return { ok: false, error: `Line ${lastEndLine + 1}: the CSV is malformed — ${problem}.` };
  }
  return { ok: true, records };
}

/**
 * Comma is the format. Tab is accepted too when the header has tabs and no commas: Excel's
 * "Unicode text" export (UTF-16, tab-separated) is the other thing Chinese Excel users produce.
 */
function guessDelimiter(text: string): string {
  const firstLine = /^.*\S.*$/m.exec(text)?.[0] ?? '';
  return !firstLine.includes(',') && firstLine.includes('\t') ? '\t' : ',';
}
