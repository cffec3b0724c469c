import "server-only";
import { findUserNamesByIds } from "@/db/queries/people";
import type { Executor } from "@/db/executor";
import type { SourceRow } from "@/db/schema";
import type { Source } from "@/lib/api/dto";
import { SYSTEM_ACTOR } from "../context";

function toSource(row: SourceRow, names: Map<string, string>): Source {
  return {
    id: row.id,
    claimId: row.annotationId,
    url: row.url,
    title: row.title,
    excerpt: row.excerpt,
    note: row.note,
    addedBy: { id: row.addedBy, name: names.get(row.addedBy) ?? (row.addedBy === SYSTEM_ACTOR.id ? SYSTEM_ACTOR.name : "Former member") },
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Sources as the API and UI see them, with the names of who added them looked up in one query. */
export function toSources(db: Executor, rows: SourceRow[]): Source[] {
  const names = findUserNamesByIds(db, [...new Set(rows.map((row) => row.addedBy))]);
  return rows.map((row) => toSource(row, names));
}

export function toSourceWithAuthor(db: Executor, row: SourceRow): Source {
  return toSources(db, [row])[0];
}
