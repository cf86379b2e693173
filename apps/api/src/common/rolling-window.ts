/** How much one rolling window may hold; 0 means no limit of that kind. */
export interface WindowLimits {
  requests: number;
  tokens: number;
}

/** One call recorded in the window: when it was admitted (epoch ms) and the tokens it counts. */
export interface WindowEntry {
  at: number;
  tokens: number;
}

export type Admission = { admitted: true } | { admitted: false; kind: 'requests' | 'tokens'; waitMs: number };

/**
 * Whether a call of `tokens` fits the window as providers count it: at most `limits` over any
 * `windowMs` ending now. `entries` are the calls still inside the window (admitted after now − windowMs),
 * oldest first. A refusal says how long until enough of them have left for this call to fit.
 *
 * The Redis store runs the same rule in Lua (sliding-window-log.ts); their shared tests keep them equal.
 */
export function admission(
  entries: readonly WindowEntry[],
  now: number,
  windowMs: number,
  limits: WindowLimits,
  tokens: number,
): Admission {
  const leaves = (entry: WindowEntry) => Math.max(1, entry.at + windowMs - now + 1);
  let refusal: Admission = { admitted: true };
  if (limits.requests > 0 && entries.length + 1 > limits.requests) {
    refusal = {
      admitted: false,
      kind: 'requests',
      waitMs: leaves(entries[entries.length - limits.requests]!),
    };
  }
  if (limits.tokens > 0) {
    let held = entries.reduce((sum, entry) => sum + entry.tokens, 0);
    for (let i = 0; held + tokens > limits.tokens && i < entries.length; i++) {
      held -= entries[i]!.tokens;
      const waitMs = leaves(entries[i]!);
      if (held + tokens <= limits.tokens && (refusal.admitted || waitMs > refusal.waitMs)) {
        refusal = { admitted: false, kind: 'tokens', waitMs };
      }
    }
  }
  return refusal;
}
