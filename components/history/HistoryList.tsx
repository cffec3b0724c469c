import type { HistoryEntry } from "@/lib/api/dto";

function formatUtc(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** Events as "Rita Reviewer tagged the claim as unsourced · 2026-11-28 14:02 UTC". */
export function HistoryList({ entries, label }: { entries: HistoryEntry[]; label: string }) {
  if (entries.length === 0) return <p className="hint">Nothing yet.</p>;
  return (
    <ol className="history-list" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <strong>{entry.actor?.name ?? "Someone"}</strong> {entry.summary}
          <time dateTime={entry.at}> · {formatUtc(entry.at)}</time>
        </li>
      ))}
    </ol>
  );
}
