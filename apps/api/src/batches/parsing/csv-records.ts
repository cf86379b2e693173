import { parse } from 'csv-parse/sync';

/** One CSV record and the physical line (1-based) where it starts. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type ReadRecordsResult =
  /** `more`: reading stopped after `maxRecords` records and the file holds more. */
  { ok: true; records: CsvRecord[]; more: boolean } | { ok: false; error: string };

/** Longest record csv-parse builds: a never-closed quote or a million-column row stops here, not in memory. */
const MAX_RECORD_CHARS = 128_000;

class EnoughRecords extends Error {}

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
 *
 * Blank records (empty lines, Excel's all-empty ",,,," rows) are skipped but their lines counted, and
 * reading stops after `maxRecords` non-blank records: a file of millions of tiny rows (a CSV bomb
 * within the byte limit) never becomes millions of objects.
 */
export function readCsvRecords(text: string, maxRecords = Infinity): ReadRecordsResult {
  const normalised = text.replace(/\r\n?/g, '\n');
  const records: CsvRecord[] = [];
  let lastEndLine = 0;
  let more = false;
  try {
    parse(normalised, {
      delimiter: guessDelimiter(normalised),
      record_delimiter: '\n',
      relax_column_count: true, // wrong cell counts are reported per row by the caller, not thrown
      relax_quotes: true, // a bare quote inside an unquoted cell (他说"好") is kept as text
      max_record_size: MAX_RECORD_CHARS,
      on_record: (cells: string[], context) => {
        if (cells.some((c) => c.trim() !== '')) {
          if (records.length === maxRecords) throw new EnoughRecords();
          records.push({ line: lastEndLine + 1, cells });
        }
        lastEndLine = context.lines;
        return null; // collected above; nothing to return
      },
    });
  } catch (err) {
    if (err instanceof EnoughRecords) more = true;
    else {
      const code = (err as { code?: string }).code ?? '';
      const problem = QUOTE_PROBLEMS[code] ?? (err instanceof Error ? err.message : String(err));
      return { ok: false, error: `Line ${lastEndLine + 1}: the CSV is malformed — ${problem}.` };
    }
  }
  return { ok: true, records, more };
}

/**
 * Comma is the format. Tab is accepted too when the header has tabs and no commas: Excel's
 * "Unicode text" export (UTF-16, tab-separated) is the other thing Chinese Excel users produce.
 */
function guessDelimiter(text: string): string {
  const firstLine = /^.*\S.*$/m.exec(text)?.[0] ?? '';
  return !firstLine.includes(',') && firstLine.includes('\t') ? '\t' : ',';
}
