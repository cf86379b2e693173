export interface CostQuality {
  cost: number | null;
  quality: number | null;
}

/**
 * Pareto frontier of "what does quality cost?": a point is on it when no other point is at least as cheap
 * and at least as good, and strictly better in one of the two. Points missing cost or quality are off it.
 */
export function onFrontier(points: readonly CostQuality[]): boolean[] {
  return points.map((p, i) => {
    if (p.cost === null || p.quality === null) return false;
    return !points.some(
      (q, j) =>
        j !== i &&
        q.cost !== null &&
        q.quality !== null &&
        q.cost <= p.cost! &&
        q.quality >= p.quality! &&
        (q.cost < p.cost! || q.quality > p.quality!),
    );
  });
}
