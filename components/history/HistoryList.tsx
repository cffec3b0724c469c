import type { HistoryEntry } from "@/lib/api/dto";
import { formatTimestamp } from "@/lib/format/format-timestamp";
import { PersonLabel } from "../people/PersonLabel";

/** Events as "Rita Reviewer tagged the claim as unsourced · 2026-11-28 14:02 UTC". */
/** Quotes cut short enough to name a claim on one line. */
function shortQuote(quote: string): string {
  const flat = quote.replace(/\s+/g, " ");
  return flat.length > 70 ? `${flat.slice(0, 67)}…` : flat;
}

/** `claimQuotes` (claim id → quote) adds which claim each line is about, for article-wide lists. */
export function HistoryList({ entries, label, claimQuotes, quoteLanguage }: { entries: HistoryEntry[]; label: string; claimQuotes?: Record<number, string>; quoteLanguage?: string }) {
  if (entries.length === 0) return <p className="hint">Nothing yet.</p>;
  return (
    <ol className="history-list" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <PersonLabel person={entry.actor} /> {entry.summary}
          {claimQuotes && entry.claimId !== null ? <span className="history-claim"> on {claimQuotes[entry.claimId] ? <q lang={quoteLanguage}>{shortQuote(claimQuotes[entry.claimId])}</q> : "a cleared claim"}</span> : null}
          <time dateTime={entry.at}> · {formatTimestamp(entry.at)}</time>
        </li>
      ))}
    </ol>
  );
}
