import { BriefCreate, type FieldError } from '@draftbench/contracts';
import {
  type BatchLimits,
  type BatchParseResult,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_ROWS,
  fileFailure,
} from './batch-parse-result.js';
import { COLUMNS_BY_NAME, columnForPath, type CsvColumn, REQUIRED_HEADERS } from './csv-columns.js';
import { decodeCsvBytes } from './csv-decode.js';
import { type CsvRecord, readCsvRecords } from './csv-records.js';
import { csvRowToBriefInput } from './csv-row.js';
import { issueMessage } from './zod-errors.js';

/** Physical lines allowed per data row, for rows with multi-line cells and the odd blank line. */
const LINES_PER_ROW = 10;

function countLines(text: string): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
  return lines;
}

/**
 * Reads an uploaded briefs CSV (format: csv-columns.ts, docs/examples/README.md). Problems with the file
 * as a whole (size, encoding, quoting, headers, row count) stop everything and come back as `fileErrors`;
 * problems with a row are reported with its line number while the other rows proceed.
 */
export function parseBriefsCsv(bytes: Uint8Array, limits: BatchLimits = {}): BatchParseResult {
  const maxRows = limits.maxRows ?? DEFAULT_MAX_ROWS;
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  // Checked before decoding so an oversized upload costs nothing more.
  if (bytes.byteLength > maxBytes) {
    return fileFailure(
      'unknown',
      `The file is ${formatBytes(bytes.byteLength)}; the limit is ${formatBytes(maxBytes)}.`,
    );
  }

  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return fileFailure('unknown', decoded.error);
  const { encoding } = decoded;

  // Blank lines cost the parser as much as rows do: millions of them (a CSV bomb well within the byte
  // limit) would hold the event loop for minutes. Multi-line cells leave plenty of room under this cap.
  const maxLines = maxRows * LINES_PER_ROW;
  const lines = countLines(decoded.text);
  if (lines > maxLines) {
    return fileFailure(
      encoding,
      `The file has ${lines.toLocaleString('en')} lines; at most ${maxLines.toLocaleString('en')} are read (${maxRows.toLocaleString('en')} rows per batch). Remove blank lines or split the file.`,
    );
  }
  // The header, the rows allowed, and one more to know the file is over the limit.
  const read = readCsvRecords(decoded.text, maxRows + 2);
  if (!read.ok) return fileFailure(encoding, read.error);

  const [header, ...data] = read.records;
  if (!header) return fileFailure(encoding, 'The file is empty; the first line must be the column headers.');

  const columns = readHeader(header.cells);
  if (!Array.isArray(columns)) return fileFailure(encoding, ...columns.errors);
  if (data.length === 0) return fileFailure(encoding, 'The file has a header but no data rows.');
  if (data.length > maxRows) {
    const count = read.more ? 'more than ' : '';
    return fileFailure(
      encoding,
      `The file has ${count}${(read.more ? maxRows : data.length).toLocaleString('en')} data rows; the limit is ${maxRows.toLocaleString('en')} per batch. Split it into smaller files.`,
    );
  }

  const result: BatchParseResult = { encoding, rows: [], errors: [], fileErrors: [] };
  for (const record of data) {
    const parsed = parseRow(record, columns);
    if ('brief' in parsed) result.rows.push({ line: record.line, brief: parsed.brief });
    else result.errors.push({ line: record.line, errors: parsed.errors });
  }
  return result;
}

/** Header → one column spec per position; `null` marks a column with an empty header (ignored if empty). */
function readHeader(cells: string[]): (CsvColumn | null)[] | { errors: string[] } {
  const names = cells.map((c) => c.trim().toLowerCase());
  const errors: string[] = [];
  const unknown = names.filter((n) => n !== '' && !COLUMNS_BY_NAME.has(n));
  if (unknown.length > 0) {
    const hint =
      names.length === 1 && names[0]!.includes(';')
        ? ' The file seems to use ";" between columns; save it as "CSV UTF-8 (comma delimited)".'
        : ` Allowed columns: ${[...COLUMNS_BY_NAME.keys()].join(', ')}.`;
    errors.push(`Unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.${hint}`);
  }
  const duplicates = [...new Set(names.filter((n, i) => n !== '' && names.indexOf(n) !== i))];
  if (duplicates.length > 0) errors.push(`Duplicate columns: ${duplicates.join(', ')}.`);
  const missing = REQUIRED_HEADERS.filter((r) => !names.includes(r));
  if (missing.length > 0) errors.push(`Missing required columns: ${missing.join(', ')}.`);
  if (errors.length > 0) return { errors };
  return names.map((n) => COLUMNS_BY_NAME.get(n) ?? null);
}

function parseRow(
  record: CsvRecord,
  columns: (CsvColumn | null)[],
): { brief: BriefCreate } | { errors: FieldError[] } {
  if (record.cells.length !== columns.length) {
    return {
      errors: [
        {
          path: '(row)',
          message: `Has ${record.cells.length} cells but the header has ${columns.length} columns; check for an unquoted comma or a missing cell`,
        },
      ],
    };
  }

  const cells = new Map<CsvColumn, string>();
  const errors: FieldError[] = [];
  record.cells.forEach((cell, i) => {
    const column = columns[i];
    if (column) cells.set(column, cell);
    else if (cell.trim() !== '') {
      errors.push({
        path: `column ${i + 1}`,
        message: 'This column has no header; add one or clear the cell',
      });
    }
  });

  const converted = csvRowToBriefInput(cells);
  errors.push(...converted.errors);
  if (!converted.contentType) return { errors };

  const parsed = BriefCreate.safeParse(converted.input);
  if (parsed.success && errors.length === 0) return { brief: parsed.data };
  // A cell that could not be read was left out of the input, so zod also calls it missing: one reason
  // per column is enough, and the cell-level one is the useful one.
  const reported = new Set(errors.map((e) => e.path));
  for (const issue of parsed.error?.issues ?? []) {
    const { column, detail } = columnForPath(issue.path);
    if (reported.has(column)) continue;
    errors.push({
      path: column,
      message: detail ? `${detail}: ${issueMessage(issue)}` : issueMessage(issue),
    });
  }
  return { errors };
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}
