import { reportDownloadHref, REPORT_DOWNLOADS } from "@/lib/report/report-downloads";
import styles from "./report.module.css";

/** Links to the report in every format, for the same claims the page shows. */
export function ReportDownloads({ articleId, filterParams }: { articleId: number; filterParams: URLSearchParams }) {
  return (
    <section className={`${styles.section} ${styles.downloads}`} aria-labelledby="report-downloads">
      <h2 id="report-downloads">Downloads</h2>
      <ul className={styles.downloadList}>
        {REPORT_DOWNLOADS.map(({ format, label }) => (
          <li key={format}>
            <a className="button" href={reportDownloadHref(articleId, format, filterParams)} download>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
