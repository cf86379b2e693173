import { type NameClaim } from '../claim.js';
import { letterKey, wordKey } from '../text/fold.js';

const HAN = /[\u4e00-\u9fff]/u;
/** Legal-form and group words that a draft may add to or drop from an organisation's name. */
const EN_ORG_FORMS = /\s+(?:inc|ltd|llc|plc|co|corp|corporation|company|group|holdings|limited)\.?$/iu;
const ZH_ORG_FORMS = /(?:股份有限公司|有限责任公司|有限公司|集团|公司)$/u;

/** The brief text, keyed two ways: whole words for Latin names, letters only for Chinese ones. */
export interface NameIndex {
  readonly words: string;
  readonly letters: string;
  /** Surnames of the brief's people, for "王教授" or "陈女士". */
  readonly surnames: ReadonlySet<string>;
}

export function nameIndex(texts: readonly string[], people: readonly string[]): NameIndex {
  return {
    words: texts.map(wordKey).join('|'),
    letters: texts.map(letterKey).join('|'),
    surnames: new Set(
      people.filter((person) => HAN.test(person)).map((person) => [...person.trim()][0] ?? ''),
    ),
  };
}

function readings(name: string): string[] {
  const core = name.replace(EN_ORG_FORMS, '').replace(ZH_ORG_FORMS, '');
  return core !== name && [...letterKey(core)].length >= 2 ? [name, core] : [name];
}

const mentions = (index: NameIndex, name: string) =>
  HAN.test(name) ? index.letters.includes(letterKey(name)) : index.words.includes(wordKey(name));

/**
 * Whether the brief names this person or organisation: by containment of the normalised name (case, spacing
 * and punctuation aside), with or without a legal form ("Acme Inc." / "Acme", "小米集团" / "小米"), in any of
 * the ways the draft's words can be read. A surname with a title ("王教授") needs a brief person of that
 * surname.
 */
export function supportsName(index: NameIndex, claim: NameClaim): boolean {
  if (claim.surnameOnly) {
    return index.surnames.has(claim.name) || index.letters.includes(letterKey(claim.text));
  }
  return [claim.name, ...(claim.alternatives ?? [])].flatMap(readings).some((name) => mentions(index, name));
}

/** Whether two ways of naming a speaker can be the same person ("Dr. Sarah Chen" and "Chen"; "王明" and "王"). */
export function sameSpeaker(a: string, b: string): boolean {
  const [x, y] = [a, b].map((name) => (HAN.test(name) ? letterKey(name) : wordKey(name)));
  if (!x || !y || x.trim() === '' || y.trim() === '') return false;
  return x.includes(y) || y.includes(x);
}
