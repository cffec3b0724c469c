import "server-only";
import { STATUS_META } from "@/lib/claims/statuses";
import { STATUS_CHART_STYLE, statusChartBars, type ChartBar } from "@/lib/report/status-chart";
import type { ReportModel } from "@/lib/report/report-model";
import { writeText } from "./pdf-text";

const ROW = 22;
const BAR_HEIGHT = 14;
const LABEL_WIDTH = 90;
const BAR_MAX = 260;

function fillBar(doc: PDFKit.PDFDocument, bar: ChartBar, x: number, y: number, width: number): void {
  const { colour, hatch } = STATUS_CHART_STYLE[bar.status];
  if (!hatch) {
    doc.rect(x, y, width, BAR_HEIGHT).fill(colour);
    return;
  }
  // Hatching: parallel lines at the pattern's angle, clipped to the bar.
  doc.save();
  doc.rect(x, y, width, BAR_HEIGHT).clip();
  doc.lineWidth(hatch.gap / 2).strokeColor(colour);
  const radians = (hatch.angle * Math.PI) / 180;
  const shift = Math.tan(radians) * BAR_HEIGHT;
  for (let at = x - Math.abs(shift) - hatch.gap; at < x + width + Math.abs(shift) + hatch.gap; at += hatch.gap) {
    doc.moveTo(at, y + BAR_HEIGHT).lineTo(at + shift, y).stroke();
  }
  doc.restore();
  doc.lineWidth(1).rect(x, y, width, BAR_HEIGHT).stroke(colour);
}

/**
 * Claims per status as horizontal bars drawn in vectors: solid, hatched and striped fills plus
 * the status word and count beside each bar, so the chart reads in greyscale print.
 */
export function drawStatusChart(doc: PDFKit.PDFDocument, figures: ReportModel["figures"]): void {
  const bars = statusChartBars(figures.byStatus);
  const height = bars.length * ROW;
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
  const left = doc.page.margins.left;
  const top = doc.y;
  const largest = Math.max(1, ...bars.map((bar) => bar.count));
  bars.forEach((bar, i) => {
    const y = top + i * ROW;
    const width = Math.round((BAR_MAX * bar.count) / largest);
    // The status icons (✓ ? !) are not in the embedded font subset: the word names the bar.
    doc.x = left;
    doc.y = y + 1;
    writeText(doc, STATUS_META[bar.status].label, { size: 10 });
    if (width > 0) fillBar(doc, bar, left + LABEL_WIDTH, y, width);
    doc.x = left + LABEL_WIDTH + width + 6;
    doc.y = y + 1;
    writeText(doc, String(bar.count), { bold: true, size: 10 });
  });
  doc.x = left;
  doc.y = top + height + 6;
}
