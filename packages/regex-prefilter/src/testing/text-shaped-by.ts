import { type AST, parseRegExpLiteral } from '@eslint-community/regexpp';
import fc from 'fast-check';

/** Stand-ins for character sets and negated classes, each kept only where the set accepts it. */
const STAND_INS = ['a', 'z', 'x', '0', '7', '_', ' ', '\n', '\t', '.', '汉', '字', '。', '😀'];
/** Most extra repetitions an unbounded quantifier gets. */
const EXTRA = 3;

/**
 * Texts shaped by a pattern: each alternative, class and repetition drawn at random, assertions ignored.
 * Many match the pattern, some do not (a failed lookaround, a set stand-in the pattern then refuses):
 * properties filter with `pattern.test` and should check enough of them matched.
 */
export function textShapedBy(pattern: RegExp): fc.Arbitrary<string> {
  const flags = pattern.flags.replace(/[gy]/gu, '');
  const standIns = (raw: string) => {
    const accepts = new RegExp(`^(?:${raw})$`, flags);
    const fits = STAND_INS.filter((c) => accepts.test(c));
    return fits.length > 0 ? fc.constantFrom(...fits) : fc.constant('');
  };

  const alternatives = (alts: readonly AST.Alternative[]): fc.Arbitrary<string> =>
    fc.oneof(...alts.map((alt) => fc.tuple(...alt.elements.map(element)).map((parts) => parts.join(''))));

  const element = (node: AST.Element): fc.Arbitrary<string> => {
    switch (node.type) {
      case 'Character':
        return fc.constant(String.fromCodePoint(node.value));
      // A word boundary often sits next to a word character of the surrounding text: a space sometimes keeps it.
      case 'Assertion':
        return node.kind === 'word' && !node.negate ? fc.constantFrom('', ' ') : fc.constant('');
      case 'Backreference':
        return fc.constant('');
      case 'CapturingGroup':
      case 'Group':
        return alternatives(node.alternatives);
      case 'CharacterClass': {
        // A plain class of characters and ranges is drawn from; anything else from the stand-ins it accepts.
        const spelled = node.negate ? [] : node.elements.map(spell);
        const drawn = spelled.filter((a): a is fc.Arbitrary<string> => a !== null);
        if (drawn.length > 0 && drawn.length === spelled.length) return fc.oneof(...drawn);
        return standIns(node.raw);
      }
      case 'CharacterSet':
      case 'ExpressionCharacterClass':
        return standIns(node.raw);
      case 'Quantifier':
        return fc
          .array(element(node.element), {
            minLength: node.min,
            maxLength: Math.min(node.max, node.min + EXTRA),
          })
          .map((parts) => parts.join(''));
    }
  };

  return alternatives(parseRegExpLiteral(pattern).pattern.alternatives);
}

function spell(e: AST.CharacterClassElement): fc.Arbitrary<string> | null {
  if (e.type === 'Character') return fc.constant(String.fromCodePoint(e.value));
  if (e.type === 'CharacterClassRange')
    return fc.integer({ min: e.min.value, max: e.max.value }).map((c) => String.fromCodePoint(c));
  return null;
}
