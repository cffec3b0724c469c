import { CLAIM_STATUSES } from "../claims/statuses";
import { escapeHtml } from "./escape-html";
import { describeStatusCounts } from "./report-figures";
import { CHART_BAR_X, CHART_HEIGHT, CHART_ROW_HEIGHT, CHART_WIDTH, STATUS_CHART_STYLE, statusChartBars } from "./status-chart";
import type { ReportModel } from "./report-model";

function patternDefs(): string {
  return CLAIM_STATUSES.map((status) => {
    const { colour, hatch } = STATUS_CHART_STYLE[status];
    if (!hatch) return "";
    return `<pattern id="hatch-${status}" width="${hatch.gap}" height="${hatch.gap}" patternUnits="userSpaceOnUse" patternTransform="rotate(${hatch.angle})"><rect width="${hatch.gap}" height="${hatch.gap}" fill="#fff"/><line x1="0" y1="0" x2="0" y2="${hatch.gap}" stroke="${colour}" stroke-width="${hatch.gap / 2}"/></pattern>`;
  }).join("");
}

/** Claims per status as an inline SVG bar chart, with its numbers in text and in its label. */
export function statusChartSvg(figures: ReportModel["figures"]): string {
  const label = escapeHtml(describeStatusCounts(figures));
  const bars = statusChartBars(figures.byStatus)
    .map((bar) => {
      const { colour, hatch } = STATUS_CHART_STYLE[bar.status];
      const fill = hatch ? `url(#hatch-${bar.status})` : colour;
      const middle = bar.y + CHART_ROW_HEIGHT / 2;
      const rect = bar.width > 0 ? `<rect x="${CHART_BAR_X}" y="${bar.y + 5}" width="${bar.width}" height="${CHART_ROW_HEIGHT - 10}" fill="${fill}" stroke="${colour}" stroke-width="1.5"/>` : "";
      return `<text x="0" y="${middle}" dominant-baseline="middle" font-size="14">${escapeHtml(bar.label)}</text>${rect}<text x="${CHART_BAR_X + bar.width + 8}" y="${middle}" dominant-baseline="middle" font-size="14" font-weight="700">${bar.count}</text>`;
    })
    .join("");
  return `<svg class="chart" role="img" aria-label="${label}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" width="${CHART_WIDTH}" height="${CHART_HEIGHT}"><title>${label}</title><defs>${patternDefs()}</defs>${bars}</svg>`;
}
