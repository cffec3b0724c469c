import "server-only";
import { findUserNamesByIds } from "@/db/queries/people";
import type { Executor } from "@/db/executor";
import type { EventRow } from "@/db/schema";
import type { HistoryEntry } from "@/lib/api/dto";
import { describeEvent } from "@/lib/history/describe-event";
import { SYSTEM_ACTOR } from "../context";

function toHistoryEntry(row: EventRow, names: Map<string, string>): HistoryEntry {
  return {
    id: row.id,
    type: row.type,
    at: row.createdAt,
    actor: row.actorId ? { id: row.actorId, name: names.get(row.actorId) ?? (row.actorId === SYSTEM_ACTOR.id ? SYSTEM_ACTOR.name : "Former member") } : null,
    claimId: row.annotationId,
    summary: describeEvent(row),
  };
}

/** Events as history lines, in the order given, with their actors' names looked up in one query. */
export function toHistoryEntries(db: Executor, rows: EventRow[]): HistoryEntry[] {
  const actorIds = [...new Set(rows.flatMap((row) => (row.actorId ? [row.actorId] : [])))];
  const names = findUserNamesByIds(db, actorIds);
  return rows.map((row) => toHistoryEntry(row, names));
}
