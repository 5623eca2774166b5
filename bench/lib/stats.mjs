/** Summary statistics over measured samples. Nothing here invents a value: empty input gives null. */

export function median(values) {
  const v = sorted(values);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Nearest-rank percentile (p in 0..100): always one of the measured samples, never interpolated. */
export function percentile(values, p) {
  const v = sorted(values);
  if (v.length === 0) return null;
  const rank = Math.ceil((p / 100) * v.length);
  return v[Math.min(v.length, Math.max(1, rank)) - 1];
}

export function max(values) {
  const v = sorted(values);
  return v.length ? v[v.length - 1] : null;
}

/** Rounds a millisecond figure to 0.1 ms for the report (the raw samples are kept in results.json). */
export function round(value, digits = 1) {
  if (value === null || value === undefined) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function sorted(values) {
  return values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
}
