export { FactRiskFlag, FactRiskKind, FactRiskReason } from '@draftbench/contracts';
export { type BriefSupport, briefSupport, checkDraft, checkFactRisk } from './check.js';
export { type BriefFacts, type BriefQuote, briefFacts } from './brief-facts.js';
export {
  type Approximation,
  type Claim,
  type DateClaim,
  type DateValue,
  type NameClaim,
  type Quantity,
  type QuantityClaim,
  type QuoteClaim,
  type Span,
} from './claim.js';
export { type ExtractOptions, extractClaims } from './extract/claims.js';
export { claimValue } from './values.js';
