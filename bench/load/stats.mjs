// Percentiles over a list of millisecond samples; rounded to 0.1 ms for reporting.

export function percentiles(samples) {
  if (samples.length === 0) return { n: 0 };
  const sorted = Float64Array.from(samples).sort();
  const at = (q) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 10) / 10;
  return { n: sorted.length, p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99), maxMs: at(1) };
}

/** How many times slower `load` is than `base`, per percentile. */
export function ratios(load, base) {
  const r = (key) => (base[key] > 0 ? Number((load[key] / base[key]).toFixed(2)) : null);
  return { p50: r('p50Ms'), p95: r('p95Ms'), p99: r('p99Ms') };
}
