/** Where a claim sits in the text it was extracted from: `text.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A hedge stated next to a figure; it decides how far a brief value may differ and in which direction. */
export type Approximation = 'about' | 'over' | 'under';

export interface Quantity {
  /** The figure with its magnitude applied (3.5万 → 35000), in the stated unit. */
  readonly amount: number;
  /** Canonical unit id from `units.ts` ("h", "km", "x", …); absent for plain counts. */
  readonly unit?: string;
  /** ISO 4217 code for money. */
  readonly currency?: string;
  readonly approximation?: Approximation;
  /** Digit strings such as phone numbers compare as written, never arithmetically. */
  readonly digits?: string;
}

export interface DateValue {
  readonly year?: number;
  readonly quarter?: number;
  readonly month?: number;
  readonly day?: number;
  readonly hour?: number;
  readonly minute?: number;
}

interface ClaimBase extends Span {
  readonly text: string;
}

export interface QuantityClaim extends ClaimBase {
  readonly kind: 'number' | 'percentage' | 'money';
  readonly quantity: Quantity;
}

export interface DateClaim extends ClaimBase {
  readonly kind: 'date';
  readonly date: DateValue;
}

export interface NameClaim extends ClaimBase {
  readonly kind: 'name';
  /** The name without titles or roles ("Dr. Sarah Chen" → "Sarah Chen"). */
  readonly name: string;
  /** Other readings of the same words, any of which the brief may support ("Introducing Acme Pods" → "Acme Pods"). */
  readonly alternatives?: readonly string[];
  /** A Chinese surname followed by a title ("王教授"): matched against the brief's people by surname. */
  readonly surnameOnly?: boolean;
  /** Set when the name is known not to be a person's: an organisation, or a title in 《》. */
  readonly entity?: 'organisation' | 'work';
}

export interface QuoteClaim extends ClaimBase {
  readonly kind: 'quote';
  /** The quoted words without the quotation marks. */
  readonly quote: string;
  /** Who the draft says spoke, when it says so next to the quotation. */
  readonly speaker?: string;
}

export type Claim = QuantityClaim | DateClaim | NameClaim | QuoteClaim;

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export const contains = (outer: Span, inner: Span): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;
