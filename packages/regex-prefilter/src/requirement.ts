import { type AST, parseRegExpLiteral } from '@eslint-community/regexpp';

/**
 * What every match of a pattern must contain: a condition on which literal strings occur in the text.
 * `any` constrains nothing; `literals` holds when at least one of its strings occurs; `and` / `or` combine.
 * The analysis may only loosen, never tighten: a text a pattern matches always satisfies its requirement.
 */
export type Requirement =
  | { readonly kind: 'any' }
  | { readonly kind: 'literals'; readonly values: readonly string[] }
  | { readonly kind: 'and' | 'or'; readonly parts: readonly Requirement[] };

const ANY: Requirement = { kind: 'any' };
/** Largest set of exact strings a sub-pattern is tracked as before it becomes a requirement. */
const EXACT_LIMIT = 64;
/** Largest character class expanded into its characters. */
const CLASS_LIMIT = 16;

/**
 * A sub-pattern's facts: `exact` is every string it can match, when that set is small; otherwise `requirement`
 * says what any of its matches contains. (Google Code Search's trigram analysis, with whole literals.)
 */
type Facts = { exact: ReadonlySet<string> } | { exact: null; requirement: Requirement };

const EMPTY_STRING: ReadonlySet<string> = new Set(['']);
const EMPTY: Facts = { exact: EMPTY_STRING };
const UNKNOWN: Facts = { exact: null, requirement: ANY };

/** The literal requirement of a pattern. Case-insensitive patterns constrain nothing here: texts are not folded. */
export function requirementOf(pattern: RegExp): Requirement {
  if (pattern.flags.includes('i')) return ANY;
  return minimized(toRequirement(alternatives(parseRegExpLiteral(pattern).pattern.alternatives)));
}

function toRequirement(facts: Facts): Requirement {
  return facts.exact ? literals(facts.exact) : facts.requirement;
}

/** At least one of the strings; nothing when one of them is empty. */
function literals(strings: ReadonlySet<string>): Requirement {
  return strings.has('') ? ANY : { kind: 'literals', values: [...strings] };
}

/** Drops every literal that contains a shorter one of its set: where it occurs, the shorter one does too. */
function minimized(requirement: Requirement): Requirement {
  if (requirement.kind === 'any') return requirement;
  if (requirement.kind !== 'literals') return { ...requirement, parts: requirement.parts.map(minimized) };
  const kept = new Set<string>();
  const keptLengths: number[] = [];
  // Substrings of each kept length, looked up: sets of hundreds of words make pairwise tests slow.
  const containsKept = (s: string) =>
    keptLengths.some((length) => {
      for (let i = 0; i + length <= s.length; i++) if (kept.has(s.slice(i, i + length))) return true;
      return false;
    });
  for (const s of [...requirement.values].sort((a, b) => a.length - b.length)) {
    if (containsKept(s)) continue;
    kept.add(s);
    if (keptLengths.at(-1) !== s.length) keptLengths.push(s.length);
  }
  return { kind: 'literals', values: [...kept] };
}

function both(a: Requirement, b: Requirement): Requirement {
  if (a.kind === 'any') return b;
  if (b.kind === 'any') return a;
  return {
    kind: 'and',
    parts: [...(a.kind === 'and' ? a.parts : [a]), ...(b.kind === 'and' ? b.parts : [b])],
  };
}

function either(parts: readonly Requirement[]): Requirement {
  if (parts.some((p) => p.kind === 'any')) return ANY;
  const flat = parts.flatMap((p) => (p.kind === 'or' ? p.parts : [p]));
  // One literal set for the plain alternatives, so the scanner tracks one group instead of many.
  const plain = flat.flatMap((p) => (p.kind === 'literals' ? p.values : []));
  const rest = flat.filter((p) => p.kind !== 'literals');
  const merged = plain.length > 0 ? [literals(new Set(plain)), ...rest] : rest;
  return merged.length === 1 ? merged[0]! : { kind: 'or', parts: merged };
}

function alternatives(alts: readonly AST.Alternative[]): Facts {
  const facts = alts.map(sequence);
  const union = new Set<string>();
  for (const f of facts) {
    if (!f.exact) break;
    for (const s of f.exact) union.add(s);
  }
  if (facts.every((f) => f.exact) && union.size <= EXACT_LIMIT) return { exact: union };
  return { exact: null, requirement: either(facts.map(toRequirement)) };
}

/** A concatenation: exact strings multiply while the product stays small, then become a requirement. */
function sequence(alt: AST.Alternative): Facts {
  let exact: ReadonlySet<string> = EMPTY_STRING;
  let requirement = ANY;
  // Whether `exact` still spells the whole sequence so far, not just what followed the last flush.
  let whole = true;
  for (const element of alt.elements) {
    const facts = elementFacts(element);
    if (facts.exact && exact.size * facts.exact.size <= EXACT_LIMIT) {
      exact = product(exact, facts.exact);
      continue;
    }
    whole = false;
    requirement = both(requirement, literals(exact));
    if (facts.exact) exact = facts.exact;
    else {
      requirement = both(requirement, facts.requirement);
      exact = EMPTY_STRING;
    }
  }
  if (whole) return { exact };
  return { exact: null, requirement: both(requirement, literals(exact)) };
}

function product(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function elementFacts(node: AST.Element): Facts {
  switch (node.type) {
    case 'Character':
      return { exact: new Set([String.fromCodePoint(node.value)]) };
    // Assertions consume nothing; what they look at is not required to be in the match.
    case 'Assertion':
      return EMPTY;
    case 'CapturingGroup':
      return alternatives(node.alternatives);
    case 'Group':
      // A modifier group may switch case-insensitivity on: its literals would be unreliable.
      return node.modifiers ? UNKNOWN : alternatives(node.alternatives);
    case 'CharacterClass':
      return characterClass(node);
    case 'Quantifier':
      return quantifier(node);
    case 'CharacterSet':
    case 'Backreference':
    case 'ExpressionCharacterClass':
      return UNKNOWN;
  }
}

function characterClass(node: AST.CharacterClass): Facts {
  if (node.negate || node.unicodeSets) return UNKNOWN;
  const chars = new Set<string>();
  for (const e of node.elements) {
    if (e.type === 'Character') chars.add(String.fromCodePoint(e.value));
    else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < CLASS_LIMIT)
      for (let c = e.min.value; c <= e.max.value; c++) chars.add(String.fromCodePoint(c));
    else return UNKNOWN;
  }
  return chars.size <= CLASS_LIMIT ? { exact: chars } : UNKNOWN;
}

function quantifier(node: AST.Quantifier): Facts {
  if (node.max === 0) return EMPTY;
  const inner = elementFacts(node.element);
  if (node.min === 0)
    return inner.exact && node.max === 1 ? { exact: new Set([...inner.exact, '']) } : UNKNOWN;
  if (inner.exact && node.min === node.max && inner.exact.size ** node.min <= EXACT_LIMIT) {
    let exact: ReadonlySet<string> = EMPTY_STRING;
    for (let i = 0; i < node.min; i++) exact = product(exact, inner.exact);
    return { exact };
  }
  // At least one repetition: whatever one of them requires, the whole does.
  return { exact: null, requirement: toRequirement(inner) };
}
