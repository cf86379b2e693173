import { type Rng, shuffle } from './rng.js';

/** An endless supply of extra sentences for one section, used to grow a draft to its target length. */
export interface Pool {
  next(): string;
}

/**
 * Serves the brief-derived sentences first (they carry information), then the generic connective
 * ones, each round in a fresh seeded order; repeats only once everything has been used.
 */
export function makePool(rng: Rng, specific: readonly string[], generic: readonly string[]): Pool {
  const unique = (xs: readonly string[]) => [...new Set(xs)];
  const first = unique(specific);
  const second = unique(generic);
  let queue: string[] = [...shuffle(rng, first), ...shuffle(rng, second)];
  return {
    next() {
      if (queue.length === 0) queue = shuffle(rng, [...first, ...second]);
      const s = queue.shift();
      if (s === undefined) throw new Error('empty sentence pool');
      return s;
    },
  };
}
