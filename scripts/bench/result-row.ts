/** One line of the benchmark's table (and of the JSON file). */
export type ResultRow = {
  /** e.g. "1. API tagging: throughput". */
  measurement: string;
  /** What lines the row up with the same row of another engine, when the label carries a figure of its own (a size). */
  key?: string;
  value: number;
  unit: string;
  /** The comparison point of the same run, when the measurement has one. */
  baseline: number | null;
  /** What the target is, in words ("≥ 1000", "< 50 ms"), or null when there is none. */
  target: string | null;
  /** Whether the target was met; null when there is no target. */
  met: boolean | null;
};

/** value / baseline, or null without a usable baseline. */
export function ratioOf(row: Pick<ResultRow, "value" | "baseline">): number | null {
  return row.baseline === null || row.baseline === 0 || !Number.isFinite(row.baseline) ? null : row.value / row.baseline;
}

/** The row's identity across engines. */
export function rowKey(row: ResultRow): string {
  return row.key ?? row.measurement;
}
