import { WORKFLOW_LABEL } from "@/lib/articles/workflow";
import { formatTimestamp } from "@/lib/format/format-timestamp";
import type { ReportModel } from "@/lib/report/report-model";
import { isSafeSourceUrl } from "@/lib/sources/is-safe-source-url";
import styles from "./report.module.css";
import { ReportSignOff } from "./ReportSignOff";

/** Title, byline, language, revision, where the article stands, and whether the list is filtered. */
export function ReportHeader({ model }: { model: ReportModel }) {
  const { article } = model;
  return (
    <header className={styles.header}>
      <p className={styles.kicker}>Verification report</p>
      <h1 lang={article.language}>{article.title}</h1>
      {article.byline ? (
        <p className={styles.meta}>
          By <span lang={article.language}>{article.byline}</span>
        </p>
      ) : null}
      <p className={styles.meta}>
        Language {article.language} · Revision {article.revision} · <span className={`workflow-state workflow-state--${article.state}`}>{WORKFLOW_LABEL[article.state]}</span>
        {article.state === "verified" && article.verifiedAt ? (
          <>
            {" "}
            · Verified by {article.verifiedBy?.name ?? "an admin"} on <time dateTime={article.verifiedAt}>{article.verifiedAt.slice(0, 10)}</time>
          </>
        ) : null}
      </p>
      {article.sourceUrl && isSafeSourceUrl(article.sourceUrl) ? (
        <p className={styles.meta}>
          Published at{" "}
          <a href={article.sourceUrl} rel="noopener noreferrer nofollow">
            {article.sourceUrl}
          </a>
        </p>
      ) : null}
      <p className={styles.meta}>
        Generated <time dateTime={model.generatedAt}>{formatTimestamp(model.generatedAt)}</time>
        {model.generatedBy ? ` by ${model.generatedBy.name}` : ""} · {model.organisation.name}
      </p>
      <ReportSignOff model={model} />
      {model.filterDescription ? (
        <p className={`notice notice--info ${styles.filtered}`}>
          Filtered: only the claims matching {model.filterDescription} are listed. The figures describe the whole article.
        </p>
      ) : null}
    </header>
  );
}
