/**
 * Cohen's κ for two raters who each put the same items into nominal categories: observed agreement
 * corrected for the agreement their own category frequencies would give by chance,
 * κ = (pₒ − pₑ) / (1 − pₑ). 1 is perfect agreement, 0 chance level, below 0 worse than chance.
 * Null without items, or when chance alone already explains every agreement (pₑ = 1: both raters
 * always used one and the same category), where κ is undefined.
 */
export function cohensKappa<T>(ratings: readonly (readonly [T, T])[]): number | null {
  const n = ratings.length;
  if (n === 0) return null;
  const first = new Map<T, number>();
  const second = new Map<T, number>();
  let agreed = 0;
  for (const [x, y] of ratings) {
    first.set(x, (first.get(x) ?? 0) + 1);
    second.set(y, (second.get(y) ?? 0) + 1);
    if (x === y) agreed += 1;
  }
  const observed = agreed / n;
  let chance = 0;
  for (const [category, count] of first) chance += (count / n) * ((second.get(category) ?? 0) / n);
  if (chance >= 1) return null;
  return (observed - chance) / (1 - chance);
}
