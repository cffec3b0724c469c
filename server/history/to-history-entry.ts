import "server-only";
import type { Executor } from "@/db/executor";
import type { EventRow } from "@/db/schema";
import type { HistoryEntry, PersonRef } from "@/lib/api/dto";
import { describeEvent } from "@/lib/history/describe-event";
import { recordedCommentText, recordedQuote } from "@/lib/history/read-event-snapshot";
import { loadPersonRefs } from "../people/person-ref";

function toHistoryEntry(row: EventRow, person: (id: string | null) => PersonRef | null): HistoryEntry {
  return {
    id: row.id,
    type: row.type,
    at: row.createdAt,
    actor: person(row.actorId),
    claimId: row.annotationId,
    summary: describeEvent(row),
    // From the event alone: a claim's current row would put today's words on yesterday's event.
    quote: row.annotationId === null ? null : recordedQuote(row),
    comment: recordedCommentText(row),
  };
}

/** Events as history lines, in the order given, with their actors' names looked up in one query. */
export async function toHistoryEntries(db: Executor, rows: EventRow[]): Promise<HistoryEntry[]> {
  const person = await loadPersonRefs(db, rows.map((row) => row.actorId));
  return rows.map((row) => toHistoryEntry(row, person));
}
