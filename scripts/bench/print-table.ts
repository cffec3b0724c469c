/**
 * The table on screen (and in Markdown, for docs/PERFORMANCE.md): one line per measurement, and
 * for each engine its value, baseline and ratio side by side; with two engines, the second's value
 * over the first's.
 */
import { ratioOf, rowKey, type ResultRow } from "./result-row";

/** The rows one engine measured, under the engine's name. */
export type EngineRows = { label: string; rows: ResultRow[] };

function cell(value: number | null | undefined, unit = ""): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return `${value.toLocaleString("en")}${unit ? ` ${unit}` : ""}`;
}

/** Every measurement once, in the order the engines measured them (a row only one engine has stays beside its neighbours). */
function keysInOrder(engines: EngineRows[]): string[] {
  const order: string[] = [];
  for (const { rows } of engines) {
    let after = -1;
    for (const row of rows) {
      const at = order.indexOf(rowKey(row));
      if (at === -1) order.splice(++after, 0, rowKey(row));
      else after = at;
    }
  }
  return order;
}

function tableCells(engines: EngineRows[], no: string): { header: string[]; lines: string[][] } {
  const compare = engines.length === 2;
  const header = ["measurement", ...engines.flatMap(({ label }) => [label, "baseline", "ratio"]), ...(compare ? [`${engines[1].label} / ${engines[0].label}`] : []), "target", "met?"];
  const lines = keysInOrder(engines).map((key) => {
    const found = engines.map(({ rows }) => rows.find((row) => rowKey(row) === key));
    const first = found.find((row) => row !== undefined)!;
    const perEngine = found.flatMap((row) => {
      if (!row) return ["—", "—", "—"];
      const ratio = ratioOf(row);
      return [cell(row.value, row.unit), cell(row.baseline, row.baseline === null ? "" : row.unit), ratio === null ? "—" : `${ratio.toFixed(2)}×`];
    });
    const [a, b] = found;
    const across = compare ? [a && b && a.unit === b.unit && a.value !== 0 ? `${(b.value / a.value).toFixed(2)}×` : "—"] : [];
    const met = found.some((row) => row && row.met !== null) ? found.map((row) => (!row || row.met === null ? "—" : row.met ? "yes" : no)).join(" / ") : "—";
    return [first.measurement, ...perEngine, ...across, first.target ?? "—", met];
  });
  return { header, lines };
}

export function formatTable(engines: EngineRows[]): string {
  const { header, lines } = tableCells(engines, "NO");
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const format = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ");
  return [format(header), widths.map((w) => "-".repeat(w)).join("-|-"), ...lines.map(format)].join("\n");
}

export function formatMarkdownTable(engines: EngineRows[]): string {
  const { header, lines } = tableCells(engines, "**no**");
  const align = header.map((_, i) => (i === 0 || i >= header.length - 2 ? "---" : "---:"));
  return [header, align, ...lines].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}
