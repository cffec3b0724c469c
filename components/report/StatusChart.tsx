import { CLAIM_STATUSES } from "@/lib/claims/statuses";
import { describeStatusCounts } from "@/lib/report/report-figures";
import type { ReportModel } from "@/lib/report/report-model";
import { CHART_BAR_X, CHART_HEIGHT, CHART_ROW_HEIGHT, CHART_WIDTH, STATUS_CHART_STYLE, statusChartBars } from "@/lib/report/status-chart";
import styles from "./report.module.css";

/**
 * Claims per status as horizontal bars. Each status has its own fill (solid, diagonal hatching,
 * vertical stripes) and every bar its word and count, so it reads in greyscale; the label
 * states the same numbers for screen readers.
 */
export function StatusChart({ figures }: { figures: Pick<ReportModel["figures"], "claims" | "byStatus"> }) {
  const bars = statusChartBars(figures.byStatus);
  return (
    <svg className={styles.chart} role="img" aria-label={describeStatusCounts(figures)} viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`} width={CHART_WIDTH} height={CHART_HEIGHT}>
      <defs>
        {CLAIM_STATUSES.map((status) => {
          const { colour, hatch } = STATUS_CHART_STYLE[status];
          if (!hatch) return null;
          return (
            <pattern key={status} id={`report-hatch-${status}`} width={hatch.gap} height={hatch.gap} patternUnits="userSpaceOnUse" patternTransform={`rotate(${hatch.angle})`}>
              <rect width={hatch.gap} height={hatch.gap} fill="#fff" />
              <line x1="0" y1="0" x2="0" y2={hatch.gap} stroke={colour} strokeWidth={hatch.gap / 2} />
            </pattern>
          );
        })}
      </defs>
      {bars.map((bar) => {
        const { colour, hatch } = STATUS_CHART_STYLE[bar.status];
        const middle = bar.y + CHART_ROW_HEIGHT / 2;
        return (
          <g key={bar.status} aria-hidden="true">
            <text x="0" y={middle} dominantBaseline="middle" fontSize="14" fill="currentColor">
              {bar.label}
            </text>
            {bar.width > 0 ? (
              <rect x={CHART_BAR_X} y={bar.y + 5} width={bar.width} height={CHART_ROW_HEIGHT - 10} fill={hatch ? `url(#report-hatch-${bar.status})` : colour} stroke={colour} strokeWidth="1.5" />
            ) : null}
            <text x={CHART_BAR_X + bar.width + 8} y={middle} dominantBaseline="middle" fontSize="14" fontWeight="700" fill="currentColor">
              {bar.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
