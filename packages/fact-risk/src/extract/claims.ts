import { type Claim, type NameClaim, type Span, overlaps } from '../claim.js';
import { foldWidth } from '../text/fold.js';
import { extractDates } from './dates.js';
import { extractChineseShares } from './fractions.js';
import { addressSpans } from './layout.js';
import { extractEnglishNames } from './en-names.js';
import { type QuantityOptions, extractQuantities } from './quantities.js';
import { extractQuotes } from './quotes.js';
import { extractChineseOrganisations, extractCitedSources, extractTitles } from './zh-organisations.js';
import { extractChinesePeople } from './zh-people.js';

export interface ExtractOptions extends QuantityOptions {
  /** The text is a video script: its quoted lines are dialogue unless cited from a named person. */
  readonly script?: boolean;
}

/**
 * Every checkable claim in a text, in order: figures (numbers, money, percentages), dates, names and
 * quotations, each with its span in the text as given. Works on Chinese, English and mixed text alike.
 * A claim inside a quotation or a title in 《》 is listed too; the checker judges it with what contains it.
 */
export function extractClaims(original: string, options: ExtractOptions = {}): Claim[] {
  // Full-width digits fold to ASCII one code unit for one, so spans found in `text` are spans in `original`.
  const text = foldWidth(original);
  const addresses = addressSpans(text);
  const outside = (taken: readonly Span[]) => (claim: Span) => !taken.some((span) => overlaps(span, claim));
  const dates = extractDates(text).filter(outside(addresses));
  const shares = extractChineseShares(text).filter(outside([...addresses, ...dates]));
  const quantities = extractQuantities(text, [...addresses, ...dates, ...shares], options);
  const titles = extractTitles(text);
  const names = firstOfOverlapping([
    ...titles,
    ...[...extractChinesePeople(text), ...extractCitedSources(text), ...extractEnglishNames(text)].filter(
      outside([...addresses, ...dates]),
    ),
  ]);
  const organisations = extractChineseOrganisations(text, [...names, ...dates, ...quantities, ...addresses]);
  const allNames = [...names, ...organisations].sort((a, b) => a.start - b.start);
  const quotes = extractQuotes(text, allNames, options.script ?? false);
  return [...dates, ...shares, ...quantities, ...allNames, ...quotes]
    .map((claim) => ({ ...claim, text: original.slice(claim.start, claim.end) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Keeps the earlier-listed of two overlapping names: the extractors are listed from most to least specific. */
function firstOfOverlapping(names: readonly NameClaim[]): NameClaim[] {
  const kept: NameClaim[] = [];
  for (const name of names) if (!kept.some((other) => overlaps(other, name))) kept.push(name);
  return kept;
}
