import { BriefCreate } from '@draftbench/contracts';
import {
  type BatchLimits,
  type BatchParseResult,
  DEFAULT_MAX_ROWS,
  fileFailure,
} from './batch-parse-result.js';
import { zodFieldErrors } from './zod-errors.js';

/**
 * Reads a JSON batch: an array of `BriefCreate` objects. The result has the CSV parser's shape so the
 * batch endpoint handles both alike; here `line` is the item's 1-based *index* in the array (the JSON
 * has no meaningful lines once parsed), and error paths stay zod paths (`fields.productName`) because
 * JSON callers wrote exactly those keys. `maxBytes` does not apply: the HTTP body limit bounds JSON.
 */
export function parseBriefsJson(value: unknown, limits: BatchLimits = {}): BatchParseResult {
  const maxRows = limits.maxRows ?? DEFAULT_MAX_ROWS;
  // JSON text is UTF-8 by definition (RFC 8259); reported for symmetry with CSV uploads.
  const encoding = 'utf-8';
  if (!Array.isArray(value)) {
    return fileFailure(encoding, 'Expected a JSON array of briefs, e.g. [{"contentType": "news_draft", …}].');
  }
  if (value.length === 0) return fileFailure(encoding, 'The array is empty; send at least one brief.');
  if (value.length > maxRows) {
    return fileFailure(
      encoding,
      `The array has ${value.length.toLocaleString('en')} briefs; the limit is ${maxRows.toLocaleString('en')} per batch.`,
    );
  }

  const result: BatchParseResult = { encoding, rows: [], errors: [], fileErrors: [] };
  value.forEach((item: unknown, i) => {
    const index = i + 1;
    const parsed = BriefCreate.safeParse(item);
    if (parsed.success) result.rows.push({ line: index, brief: parsed.data });
    else result.errors.push({ line: index, errors: zodFieldErrors(parsed.error) });
  });
  return result;
}
