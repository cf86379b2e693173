import { type BriefCreate, type ContentType } from '@draftbench/contracts';
import { type BriefFacts, briefFacts } from './brief-facts.js';
import { type Claim, type DateValue, type QuantityClaim, contains } from './claim.js';
import { extractClaims } from './extract/claims.js';
import { type FactRiskFlag } from '@draftbench/contracts';
import { dateReason, nameReason, quantityReason, quoteReason } from './reasons.js';
import { supportsDate } from './support/dates.js';
import { type NameIndex, nameIndex, supportsName } from './support/names.js';
import { derivedQuantities } from './support/derived.js';
import { nearestQuantity, roundsToDerived, supportsQuantity } from './support/quantities.js';
import { checkQuote } from './support/quotes.js';
import { letterKey } from './text/fold.js';
import { claimValue } from './values.js';

/** A brief read once, to check any number of drafts against it. */
export interface BriefSupport {
  readonly contentType: ContentType;
  readonly facts: BriefFacts;
  readonly quantities: readonly QuantityClaim[];
  /** Figures the brief implies: discounts between its prices, spans between its years. */
  readonly derived: readonly QuantityClaim[];
  readonly dates: readonly DateValue[];
  /** Years the brief mentions anywhere, as a date or as a bare four-digit figure. */
  readonly years: ReadonlySet<number>;
  readonly names: NameIndex;
  /** Each text field as letters only, for quotations. */
  readonly letters: readonly string[];
}

const isYear = (n: number) => Number.isInteger(n) && n >= 1900 && n <= 2100;

export function briefSupport(brief: BriefCreate): BriefSupport {
  const facts = briefFacts(brief);
  const claims = facts.texts.flatMap((text) => extractClaims(text, { permissive: true }));
  const quantities = claims.filter((claim): claim is QuantityClaim => 'quantity' in claim);
  const dates = claims.flatMap((claim) => (claim.kind === 'date' ? [claim.date] : []));
  const years = new Set([
    ...dates.flatMap((date) => (date.year === undefined ? [] : [date.year])),
    ...quantities.flatMap(({ kind, quantity }) =>
      kind === 'number' && !quantity.unit && isYear(quantity.amount) ? [quantity.amount] : [],
    ),
  ]);
  const people = [
    ...facts.people,
    ...claims.flatMap((claim) => (claim.kind === 'name' && claim.entity === undefined ? [claim.name] : [])),
  ];
  return {
    contentType: brief.contentType,
    facts,
    quantities,
    derived: derivedQuantities(quantities, dates),
    dates,
    years,
    names: nameIndex(facts.texts, people),
    letters: facts.texts.map(letterKey),
  };
}

/**
 * Flags every claim in the draft that the brief does not support: figures, amounts, percentages, dates,
 * names and quotations. A claim inside a quotation or a title in 《》 is judged with it, not on its own.
 */
export function checkDraft(draft: string, support: BriefSupport): FactRiskFlag[] {
  const claims = extractClaims(draft, { script: support.contentType === 'video_script' });
  // Quotations and titles are checked as a whole; the figures, dates and names inside them go with them.
  const wholes = claims.filter(
    (claim) => claim.kind === 'quote' || (claim.kind === 'name' && claim.entity === 'work'),
  );
  const flags: FactRiskFlag[] = [];
  for (const claim of claims) {
    if (wholes.some((whole) => whole !== claim && contains(whole, claim))) continue;
    const reason = unsupportedBecause(claim, support);
    if (reason) {
      flags.push({
        kind: claim.kind,
        start: claim.start,
        end: claim.end,
        text: claim.text,
        value: claimValue(claim),
        reason,
      });
    }
  }
  return flags;
}

/** Briefs read lately, by content: one brief is checked against many drafts (variants, targets, edits). */
const SUPPORT_CACHE_SIZE = 256;
const supportCache = new Map<string, BriefSupport>();

/** `briefSupport(brief)`, read once per brief content while it stays among the latest briefs checked. */
function cachedSupport(brief: BriefCreate): BriefSupport {
  const key = JSON.stringify(brief);
  let support = supportCache.get(key);
  if (support) supportCache.delete(key);
  else support = briefSupport(brief);
  supportCache.set(key, support); // most recent last
  if (supportCache.size > SUPPORT_CACHE_SIZE) supportCache.delete(supportCache.keys().next().value!);
  return support;
}

/** Checks a draft against a brief: `checkDraft(draft, briefSupport(brief))`, the brief read once per content. */
export function checkFactRisk(draft: string, brief: BriefCreate): FactRiskFlag[] {
  return checkDraft(draft, cachedSupport(brief));
}

function unsupportedBecause(claim: Claim, support: BriefSupport): FactRiskFlag['reason'] | undefined {
  switch (claim.kind) {
    case 'number':
    case 'percentage':
    case 'money': {
      if (support.quantities.some((brief) => supportsQuantity(brief, claim))) return undefined;
      if (support.derived.some((derived) => roundsToDerived(derived, claim))) return undefined;
      // A year may be a bare figure on one side and a date on the other ("the 2019-founded startup").
      const { kind, quantity } = claim;
      if (
        kind === 'number' &&
        !quantity.unit &&
        !quantity.approximation &&
        support.years.has(quantity.amount)
      ) {
        return undefined;
      }
      return quantityReason(claim, nearestQuantity(support.quantities, claim));
    }
    case 'date': {
      const { date } = claim;
      const yearOnly = Object.keys(date).length === 1 && date.year !== undefined;
      if (yearOnly && support.years.has(date.year)) return undefined;
      return support.dates.some((brief) => supportsDate(brief, date, support.years))
        ? undefined
        : dateReason(claim, support.dates);
    }
    case 'name':
      return supportsName(support.names, claim) ? undefined : nameReason(claim);
    case 'quote': {
      const verdict = checkQuote(support.letters, support.facts.quotes, claim);
      return verdict.supported ? undefined : quoteReason(claim, verdict);
    }
  }
}
