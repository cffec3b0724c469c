import { reportFigureRows } from "@/lib/report/report-figures";
import type { ReportModel } from "@/lib/report/report-model";
import styles from "./report.module.css";
import { StatusChart } from "./StatusChart";

/** The summary: sentences, claims per status, share checked, open threads, gaps — and the chart. */
export function ReportFigures({ figures }: { figures: ReportModel["figures"] }) {
  return (
    <section className={styles.section} aria-labelledby="report-summary">
      <h2 id="report-summary">Summary</h2>
      <dl className={styles.figures}>
        {reportFigureRows(figures).map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      <StatusChart figures={figures} />
    </section>
  );
}
