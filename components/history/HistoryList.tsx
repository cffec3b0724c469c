import type { HistoryEntry } from "@/lib/api/dto";
import { formatTimestamp } from "@/lib/format/format-timestamp";
import { describeEntryComment, entryQuote, QUOTE_NOT_RECORDED } from "@/lib/history/describe-event";
import { PersonLabel } from "../people/PersonLabel";

type Props = {
  entries: HistoryEntry[];
  label: string;
  /** The claim's quote the reader sees above the list: lines about the same words do not repeat it. */
  shownQuote?: string;
  quoteLanguage?: string;
};

/** Which words of the claim a line is about, as its event recorded them: never the claim's current quote. */
function EntryQuote({ entry, shownQuote, quoteLanguage }: { entry: HistoryEntry; shownQuote?: string; quoteLanguage?: string }) {
  const quote = entryQuote(entry, shownQuote);
  if (quote === null) return null;
  if (quote === "not_recorded") return <span className="history-claim"> ({QUOTE_NOT_RECORDED})</span>;
  return (
    <span className="history-claim">
      {" "}
      on <q lang={quoteLanguage}>{quote.quote}</q>
    </span>
  );
}

/** Events as "Rita Reviewer tagged the claim as unsourced on “…” · 2026-11-28 14:02 UTC", each from its own record. */
export function HistoryList({ entries, label, shownQuote, quoteLanguage }: Props) {
  if (entries.length === 0) return <p className="hint">Nothing yet.</p>;
  return (
    <ol className="history-list" aria-label={label}>
      {entries.map((entry) => {
        const comment = describeEntryComment(entry);
        return (
          <li key={entry.id}>
            <PersonLabel person={entry.actor} /> {entry.summary}
            {comment ? <span className="history-comment"> {comment}</span> : null}
            <EntryQuote entry={entry} shownQuote={shownQuote} quoteLanguage={quoteLanguage} />
            <time dateTime={entry.at}> · {formatTimestamp(entry.at)}</time>
          </li>
        );
      })}
    </ol>
  );
}
