import { describe, expect, it } from 'vitest';
import { requirementOf } from './requirement.js';

const literals = (...values: string[]) => ({ kind: 'literals', values });

describe('requirementOf', () => {
  it('reads whole words and stems as literals, without the assertions around them', () => {
    expect(requirementOf(/\bphish\w*/u)).toEqual(literals('phish'));
    expect(requirementOf(/(?<![\d十])(?:1[0-7])岁(?!以上)/u)).toEqual(
      literals(...Array.from({ length: 8 }, (_, i) => `1${i}岁`)),
    );
  });

  it('multiplies small alternatives and optional parts into every string they can spell', () => {
    expect(requirementOf(/a(?:b|c)d/)).toEqual(literals('abd', 'acd'));
    expect(requirementOf(/colou?r/)).toEqual(literals('color', 'colour'));
    expect(requirementOf(/(?:ab){2}/)).toEqual(literals('abab'));
    expect(requirementOf(/synthesi[sz]e/)).toEqual(literals('synthesise', 'synthesize'));
  });

  it('keeps only the shortest of literals that contain one another', () => {
    expect(requirementOf(/phishing|phish|smish/)).toEqual(literals('phish', 'smish'));
  });

  it('requires both ends of a gap, and either side of an alternation', () => {
    expect(requirementOf(/kill[^.]{0,30}boss/u)).toEqual({
      kind: 'and',
      parts: [literals('kill'), literals('boss')],
    });
    expect(requirementOf(/kill[^.]*boss|\d+ bombs?/u)).toEqual({
      kind: 'or',
      parts: [literals(' bomb'), { kind: 'and', parts: [literals('kill'), literals('boss')] }],
    });
  });

  it('does not spell a sequence whole when part of it is unknown', () => {
    // `(?:\w+ )?` may add a word: "fake a sign-in page" has neither "fake sign-in" nor "fake  sign-in".
    expect(requirementOf(/fake (?:\w+ )?sign-in/u)).toEqual({
      kind: 'and',
      parts: [literals('fake '), literals('sign-in')],
    });
    expect(requirementOf(/(?:\w+ )?x/u)).toEqual(literals('x'));
  });

  it('requires what one repetition requires when there is at least one', () => {
    expect(requirementOf(/(?:ha\w)+/)).toEqual(literals('ha'));
  });

  it('requires nothing it cannot vouch for', () => {
    for (const pattern of [/\d+/, /[a-z]+/, /x{0,3}/, /(?:abc)*/, /(\d)\1/, /abc/i, /[^x]y?/])
      expect(requirementOf(pattern), String(pattern)).toEqual({ kind: 'any' });
    // An alternative that requires nothing makes the whole alternation require nothing.
    expect(requirementOf(/abc|\d/)).toEqual({ kind: 'any' });
  });

  it('spells characters outside the basic plane as the two code units a text holds', () => {
    expect(requirementOf(/😀x/u)).toEqual(literals('😀x'));
  });
});
