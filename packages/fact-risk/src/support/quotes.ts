import { type QuoteClaim } from '../claim.js';
import { type BriefQuote } from '../brief-facts.js';
import { letterKey } from '../text/fold.js';
import { sameSpeaker } from './names.js';

export type QuoteVerdict =
  | { readonly supported: true }
  | { readonly supported: false; readonly reason: 'absent' }
  | { readonly supported: false; readonly reason: 'misattributed'; readonly briefSpeaker: string };

/** A quotation may leave words out with an ellipsis; each remaining part must be in the brief. */
const parts = (quote: string) =>
  quote
    .split(/…+|\.{3,}|……/u)
    .map(letterKey)
    .filter((part) => part !== '');

/**
 * A quotation is supported when its words are in the brief — spacing, punctuation and quotation marks
 * aside, parts around an ellipsis separately — and, when the draft names the speaker and the brief lists
 * the quotation under someone, it is that person (or the organisation in their role).
 */
export function checkQuote(
  briefLetters: readonly string[],
  briefQuotes: readonly BriefQuote[],
  claim: QuoteClaim,
): QuoteVerdict {
  const pieces = parts(claim.quote);
  if (!pieces.every((piece) => briefLetters.some((letters) => letters.includes(piece)))) {
    return { supported: false, reason: 'absent' };
  }
  const source = briefQuotes.find((quote) => pieces.every((piece) => letterKey(quote.text).includes(piece)));
  const speaker = claim.speaker;
  const sameSource =
    speaker === undefined ||
    source === undefined ||
    sameSpeaker(speaker, source.speaker) ||
    (source.role !== undefined && sameSpeaker(speaker, source.role));
  if (!sameSource && source) {
    return { supported: false, reason: 'misattributed', briefSpeaker: source.speaker };
  }
  return { supported: true };
}
