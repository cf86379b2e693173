import { type BriefCreate, type FieldError } from '@draftbench/contracts';

/** One accepted brief; `line` is where it came from so the batch response can point back at it. */
export interface BatchRow {
  line: number;
  brief: BriefCreate;
}

/** Every reason one row was rejected, so a user can fix a row in one pass instead of one error at a time. */
export interface BatchRowError {
  line: number;
  errors: FieldError[];
}

/**
 * The outcome of reading a batch. CSV and JSON share it so `POST /v1/batches` has one code path:
 * `fileErrors` non-empty means nothing was parsed (rows and errors are then empty); otherwise valid rows
 * proceed and invalid rows are reported next to them.
 */
export interface BatchParseResult {
  /** The text encoding the input was read as (`utf-8`, `gb18030`, …), shown so a wrong guess is visible. */
  encoding: string;
  rows: BatchRow[];
  errors: BatchRowError[];
  fileErrors: string[];
}

export interface BatchLimits {
  /** Data rows (CSV) or array items (JSON) allowed in one batch. */
  maxRows?: number;
  /** Size of an uploaded file in bytes; JSON bodies are bounded by the HTTP body limit instead. */
  maxBytes?: number;
}

export const DEFAULT_MAX_ROWS = 10_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function fileFailure(encoding: string, ...fileErrors: string[]): BatchParseResult {
  return { encoding, rows: [], errors: [], fileErrors };
}
