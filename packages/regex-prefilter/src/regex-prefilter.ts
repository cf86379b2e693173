import { LiteralAutomaton } from './literal-automaton.js';
import { type Requirement, requirementOf } from './requirement.js';

type Condition = (seen: Uint8Array) => boolean;

const always: Condition = () => true;

/**
 * Skips regexes that cannot match a text, without running them: each pattern's literal requirement
 * (requirement.ts) is checked against one Aho–Corasick pass over the text, shared by every pattern.
 * Built once for a fixed set of patterns; for a pattern it was not built with, `mayMatch` is always true.
 */
export class RegexPrefilter {
  private readonly automaton: LiteralAutomaton;
  private readonly conditions = new Map<RegExp, Condition>();

  constructor(patterns: Iterable<RegExp>) {
    const groupIds = new Map<string, number>();
    const groups: string[][] = [];
    const compile = (requirement: Requirement): Condition => {
      switch (requirement.kind) {
        case 'any':
          return always;
        case 'literals': {
          // Patterns built from the same pieces share literal sets: one group each, however many use it.
          const key = requirement.values.join('\u0000');
          let id = groupIds.get(key);
          if (id === undefined) {
            id = groups.push([...requirement.values]) - 1;
            groupIds.set(key, id);
          }
          const group = id;
          return (seen) => seen[group] === 1;
        }
        case 'and': {
          const parts = requirement.parts.map(compile);
          return (seen) => parts.every((part) => part(seen));
        }
        case 'or': {
          const parts = requirement.parts.map(compile);
          return (seen) => parts.some((part) => part(seen));
        }
      }
    };
    for (const pattern of patterns) this.conditions.set(pattern, compile(requirementOf(pattern)));
    this.automaton = new LiteralAutomaton(groups);
  }

  /** One pass over `text`; the result answers for every pattern. */
  scan(text: string): LiteralsSeen {
    const seen = new Uint8Array(this.automaton.groups.length);
    this.automaton.scan(text, seen);
    return new LiteralsSeen(seen, this.conditions);
  }
}

/** The literals found in one text. */
export class LiteralsSeen {
  constructor(
    private readonly seen: Uint8Array,
    private readonly conditions: ReadonlyMap<RegExp, Condition>,
  ) {}

  /** False only when `pattern` cannot match the scanned text. */
  mayMatch(pattern: RegExp): boolean {
    return (this.conditions.get(pattern) ?? always)(this.seen);
  }
}
