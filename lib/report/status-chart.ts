import { CLAIM_STATUSES, STATUS_META, type ClaimStatus } from "../claims/statuses";

/**
 * How each status is filled in charts. A colour and a pattern each (solid, diagonal hatching,
 * vertical stripes), so the bars stay apart in greyscale print and without colour vision.
 */
export const STATUS_CHART_STYLE: Record<ClaimStatus, { colour: string; hatch: { angle: number; gap: number } | null }> = {
  sourced: { colour: "#1a7f45", hatch: null },
  unsourced: { colour: "#a65f00", hatch: { angle: 45, gap: 6 } },
  disputed: { colour: "#b42318", hatch: { angle: 0, gap: 4 } },
};

export const CHART_WIDTH = 480;
export const CHART_ROW_HEIGHT = 30;
/** Where bars start: room for "? Unsourced" before them. */
export const CHART_BAR_X = 120;
const CHART_BAR_MAX = 300;

export type ChartBar = { status: ClaimStatus; label: string; count: number; y: number; width: number };

/** One horizontal bar per status, scaled to the largest count (a zero count draws no bar). */
export function statusChartBars(byStatus: Record<ClaimStatus, number>): ChartBar[] {
  const largest = Math.max(1, ...CLAIM_STATUSES.map((status) => byStatus[status]));
  return CLAIM_STATUSES.map((status, i) => ({
    status,
    label: `${STATUS_META[status].icon} ${STATUS_META[status].label}`,
    count: byStatus[status],
    y: i * CHART_ROW_HEIGHT,
    width: Math.round((CHART_BAR_MAX * byStatus[status]) / largest),
  }));
}

export const CHART_HEIGHT = CLAIM_STATUSES.length * CHART_ROW_HEIGHT;
