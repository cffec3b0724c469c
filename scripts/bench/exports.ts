/**
 * 5. Exports of the big article: GET /api/v1/articles/:id/report?format=… with a bearer token,
 * one warm-up request per format, then the median of three; size of the answer's body.
 */
import { httpRequest } from "./http-request";
import type { ResultRow } from "./result-row";
import { median, round } from "./stats";

const RUNS = 3;
const FORMATS: { format: string; targetMs: number | null }[] = [
  { format: "json", targetMs: 300 },
  { format: "csv", targetMs: 300 },
  { format: "md", targetMs: 300 },
  { format: "w3c", targetMs: 300 },
  { format: "pdf", targetMs: 3000 },
  { format: "html", targetMs: null },
  { format: "claimreview", targetMs: null },
];

async function download(url: string, token: string): Promise<{ ms: number; bytes: number }> {
  const t0 = performance.now();
  const response = await httpRequest(url, { headers: { authorization: `Bearer ${token}` } });
  const ms = performance.now() - t0;
  if (response.status !== 200) throw new Error(`${url}: ${response.status} ${response.body.toString("utf8").slice(0, 300)}`);
  return { ms, bytes: response.body.byteLength };
}

export async function measureExports({ origin, token, articleId }: { origin: string; token: string; articleId: number }) {
  const rows: ResultRow[] = [];
  const details: Record<string, { medianMs: number; runsMs: number[]; bytes: number }> = {};
  for (const { format, targetMs } of FORMATS) {
    const url = `${origin}/api/v1/articles/${articleId}/report?format=${format}`;
    await download(url, token);
    const runs: { ms: number; bytes: number }[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await download(url, token));
    const ms = median(runs.map((r) => r.ms));
    details[format] = { medianMs: round(ms, 1), runsMs: runs.map((r) => round(r.ms, 1)), bytes: runs[0].bytes };
    rows.push({
      measurement: `5. Export ${format} (${(runs[0].bytes / 1024).toFixed(0)} KiB)`,
      key: `5. Export ${format}`,
      value: round(ms, 0),
      unit: "ms",
      baseline: null,
      target: targetMs === null ? null : `< ${targetMs} ms`,
      met: targetMs === null ? null : ms < targetMs,
    });
  }
  return { rows, details };
}
