/** Small statistics over timings (milliseconds unless said otherwise). */

/** The p-th percentile (0–100) by nearest rank; NaN for no values. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

/** Runs `fn` `times` times and returns each duration in milliseconds. */
export function timeRuns(times: number, fn: () => void): number[] {
  const durations: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    fn();
    durations.push(performance.now() - t0);
  }
  return durations;
}

/** Rounds for display and for the JSON file (timings do not need nanoseconds). */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
