// The batch input readers used by `POST /v1/batches`.
export * from './batch-parse-result.js';
export { CSV_COLUMNS, REQUIRED_HEADERS } from './csv-columns.js';
export { parseBriefsCsv } from './csv-briefs.parser.js';
export { parseBriefsJson } from './json-briefs.parser.js';
