"use client";

import Link from "next/link";
import { useId, useRef, useState } from "react";
import { isFiltering, type ClaimFilter } from "@/lib/claims/filter-claims";
import { reportDownloadHref, REPORT_DOWNLOADS, reportPageHref } from "@/lib/report/report-downloads";
// Not report-query: that module carries zod, whose JIT probe (`Function("")`) the page CSP refuses.
import { reportFilterParams } from "@/lib/report/report-filter-params";
import styles from "./export-menu.module.css";
import { useCloseOnOutsideClick } from "./use-close-on-outside-click";

/**
 * "Export": the report page and a download of the report in every format, for all claims or
 * (checkbox) only those the sidebar's filter shows. A native disclosure, so it opens with Enter
 * or Space and needs no script to be reachable; Escape or a click outside closes it. While it is
 * open the workspace's shortcuts are paused (`data-menu`, see `shortcutsBlocked`).
 */
export function ExportMenu({ articleId, filter }: { articleId: number; filter: ClaimFilter }) {
  const [onlyShown, setOnlyShown] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  useCloseOnOutsideClick(details);
  const hintId = useId();
  const filtering = isFiltering(filter);
  const params = onlyShown && filtering ? reportFilterParams(filter) : undefined;

  function closeOnEscape(event: React.KeyboardEvent) {
    if (event.key !== "Escape" || !details.current?.open) return;
    event.stopPropagation();
    details.current.open = false;
    details.current.querySelector("summary")?.focus();
  }

  return (
    <details ref={details} className={styles.menu} data-menu onKeyDown={closeOnEscape}>
      <summary className={`button ${styles.summary}`}>Export</summary>
      <div className={styles.panel}>
        <Link href={reportPageHref(articleId, params)}>Report page</Link>
        <p className={styles.heading}>Download</p>
        <ul className={styles.list}>
          {REPORT_DOWNLOADS.map(({ format, label }) => (
            <li key={format}>
              <a href={reportDownloadHref(articleId, format, params)} download>
                {label}
              </a>
            </li>
          ))}
        </ul>
        <label className={styles.option}>
          <input type="checkbox" checked={onlyShown && filtering} disabled={!filtering} aria-describedby={filtering ? undefined : hintId} onChange={(e) => setOnlyShown(e.target.checked)} /> Only the claims shown (current filter)
        </label>
        {filtering ? null : (
          <p id={hintId} className="hint">
            No filter is set: every claim is exported.
          </p>
        )}
      </div>
    </details>
  );
}
