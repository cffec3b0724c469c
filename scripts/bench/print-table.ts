/** The table on screen: measurement | value | baseline | ratio | target | met? */
import { ratioOf, type ResultRow } from "./result-row";

function cell(value: number | null, unit = ""): string {
  if (value === null || !Number.isFinite(value)) return "—";
  return `${value.toLocaleString("en")}${unit ? ` ${unit}` : ""}`;
}

export function formatTable(rows: ResultRow[]): string {
  const header = ["measurement", "value", "baseline", "ratio", "target", "met?"];
  const lines = rows.map((row) => {
    const ratio = ratioOf(row);
    return [row.measurement, cell(row.value, row.unit), cell(row.baseline, row.baseline === null ? "" : row.unit), ratio === null ? "—" : `${ratio.toFixed(2)}×`, row.target ?? "—", row.met === null ? "—" : row.met ? "yes" : "NO"];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ");
  return [format(header), widths.map((w) => "-".repeat(w)).join("-|-"), ...lines.map(format)].join("\n");
}

/** The same table in Markdown, for docs/PERFORMANCE.md. */
export function formatMarkdownTable(rows: ResultRow[]): string {
  const lines = rows.map((row) => {
    const ratio = ratioOf(row);
    return `| ${row.measurement} | ${cell(row.value, row.unit)} | ${cell(row.baseline, row.baseline === null ? "" : row.unit)} | ${ratio === null ? "—" : `${ratio.toFixed(2)}×`} | ${row.target ?? "—"} | ${row.met === null ? "—" : row.met ? "yes" : "**no**"} |`;
  });
  return ["| measurement | value | baseline | ratio | target | met? |", "|---|---:|---:|---:|---|---|", ...lines].join("\n");
}
