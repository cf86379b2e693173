/**
 * Spreadsheet formula injection (CWE-1236). Brief text flows back out in CSV exports and is opened in
 * Excel/WPS, where a cell starting with one of these characters is executed as a formula
 * (`=HYPERLINK(...)`, `+cmd|...`, `@SUM(...)`). Tab and CR are on the list because some spreadsheet
 * apps skip them and then evaluate what follows; LF is treated like CR because the CSV reader normalises
 * line breaks to LF before we see the cell. Leading spaces are skipped for the same reason.
 *
 * This is an input rule for uploaded spreadsheets; exports must still escape on the way out.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\n']);

/** True when a text value would be read as a formula by a spreadsheet. Numbers are not checked here. */
export function isFormulaRisk(value: string): boolean {
  const first = value.replace(/^ +/, '').charAt(0);
  return FORMULA_TRIGGERS.has(first);
}
