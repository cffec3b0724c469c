import { ClaimByline } from "@/components/claims/ClaimByline";
import { StatusBadge } from "@/components/claims/StatusBadge";
import { HistoryList } from "@/components/history/HistoryList";
import type { Source } from "@/lib/api/dto";
import type { ReportClaim as TReportClaim } from "@/lib/report/report-model";
import { isSafeSourceUrl } from "@/lib/sources/is-safe-source-url";
import styles from "./report.module.css";
import { ReportThreads } from "./ReportThreads";

function SourceEntry({ source }: { source: Source }) {
  return (
    <li>
      {/* Only complete http(s) addresses become links; anything else is shown as text. */}
      {isSafeSourceUrl(source.url) ? (
        <a href={source.url} rel="noopener noreferrer nofollow">
          {source.title || source.url}
        </a>
      ) : (
        source.title
      )}{" "}
      <span className={styles.url}>{source.url}</span>
      {source.excerpt ? <blockquote className={styles.excerpt}>{source.excerpt}</blockquote> : null}
      {source.note ? <p className={styles.body}>{source.note}</p> : null}
      {source.addedBy ? <p className={styles.commentMeta}>added by {source.addedBy.name}</p> : null}
    </li>
  );
}

/** One claim of the report: number, status, quote, note, sources, threads and history. */
export function ReportClaim({ claim, language }: { claim: TReportClaim; language: string }) {
  const headingId = `claim-${claim.number}-heading`;
  return (
    <article id={`claim-${claim.number}`} className={styles.claim} data-status={claim.status} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.claimHead}>
        <span>Claim {claim.number}</span> <StatusBadge status={claim.status} />
        {claim.orphaned ? <span className="flag flag--warning">Orphaned: its text is no longer in the article</span> : null}
        {claim.openThread ? <span className="flag flag--thread">Open thread</span> : null}
      </h3>
      <blockquote className={styles.quote} lang={language}>
        {claim.quote.exact}
      </blockquote>
      <ClaimByline claim={claim} />
      {claim.note ? (
        <p className={styles.body}>
          <strong>Note:</strong> {claim.note}
        </p>
      ) : null}
      <h4 className="detail-heading">Sources</h4>
      {claim.sources.length > 0 ? (
        <ul className={styles.sources}>
          {claim.sources.map((source) => (
            <SourceEntry key={source.id} source={source} />
          ))}
        </ul>
      ) : (
        <p className="hint">No source.</p>
      )}
      <h4 className="detail-heading">Threads</h4>
      <ReportThreads threads={claim.threads} />
      <h4 className="detail-heading">History</h4>
      <HistoryList entries={claim.history} label={`History of claim ${claim.number}`} shownQuote={claim.quote.exact} quoteLanguage={language} />
    </article>
  );
}
