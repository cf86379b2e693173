import type { Rng } from './rng.js';
import { pick } from './rng.js';
import { canFill, fill } from './text.js';

/** A phrasing with a shorter fallback, used when the draft must shrink. */
export type Phrase = readonly [full: string, short: string];

export type Vars = Record<string, string>;

/** Lists a template may iterate: a `{point}` template yields one sentence per selling point, etc. */
export type Lists = Record<string, readonly string[]>;

/** Picks one phrasing whose slots the brief can fill (e.g. audience-specific lines need an audience). */
export function pickPhrase(rng: Rng, phrases: readonly Phrase[], vars: Vars): Phrase {
  const usable = phrases.filter(([full, short]) => canFill(full, vars) && canFill(short, vars));
  const [full, short] = pick(rng, usable);
  return [fill(full, vars), fill(short, vars)];
}

/**
 * Fills every template with every applicable list item: `{point}` templates once per point, `{fact}` once
 * per fact, others once. Templates whose slots the brief cannot fill are skipped.
 */
export function expand(templates: readonly string[], vars: Vars, lists: Lists): string[] {
  const out: string[] = [];
  for (const t of templates) {
    const listKey = Object.keys(lists).find((k) => t.includes(`{${k}}`) || t.includes(`{${capKey(k)}}`));
    if (!listKey) {
      if (canFill(t, vars)) out.push(fill(t, vars));
      continue;
    }
    for (const item of lists[listKey] ?? []) {
      const v = { ...vars, [listKey]: item, [capKey(listKey)]: item.charAt(0).toUpperCase() + item.slice(1) };
      if (canFill(t, v)) out.push(fill(t, v));
    }
  }
  return out;
}

function capKey(k: string): string {
  return k.charAt(0).toUpperCase() + k.slice(1);
}
