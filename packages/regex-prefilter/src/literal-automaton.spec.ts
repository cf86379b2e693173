import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LiteralAutomaton } from './literal-automaton.js';

/** A small alphabet, a surrogate pair and a combining mark among it, so literals overlap and nest often. */
const unit = fc.constantFrom('a', 'b', 'c', 'ab', '汉', '😀', '\u0301');
const literal = fc.array(unit, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
const text = fc.array(unit, { maxLength: 40 }).map((parts) => parts.join(''));

describe('LiteralAutomaton', () => {
  it('finds a group exactly when String#includes finds one of its literals', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(literal, { minLength: 1, maxLength: 5 }), { maxLength: 8 }),
        text,
        (groups, t) => {
          const seen = new Uint8Array(groups.length);
          new LiteralAutomaton(groups).scan(t, seen);
          expect([...seen]).toEqual(groups.map((g) => (g.some((l) => t.includes(l)) ? 1 : 0)));
        },
      ),
      { numRuns: 500, seed: 7 },
    );
  });

  it('finds literals that end inside others and literals that are suffixes of others', () => {
    const seen = new Uint8Array(4);
    new LiteralAutomaton([['he'], ['she'], ['hers'], ['his']]).scan('ushers', seen);
    expect([...seen]).toEqual([1, 1, 1, 0]);
  });

  it('finds "e" before a combining accent, as a regex does', () => {
    const seen = new Uint8Array(1);
    new LiteralAutomaton([['cafe']]).scan('cafe\u0301', seen);
    expect(seen[0]).toBe(1);
  });

  it('refuses an empty literal, which every text would contain', () => {
    expect(() => new LiteralAutomaton([['']])).toThrow(RangeError);
  });
});
