/**
 * Seeded PRNG (mulberry32): returns floats in [0, 1). The statistics use it instead of Math.random so that a
 * leaderboard's bootstrap intervals are reproducible from (votes, seed) — two requests for the same
 * leaderboard must not show different intervals. 32 bits of state is plenty for resampling indices; it is
 * not a cryptographic generator.
 */
export function seededRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
