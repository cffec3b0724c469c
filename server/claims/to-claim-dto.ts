import "server-only";
import { findUserNamesByIds } from "@/db/queries/people";
import type { Executor } from "@/db/executor";
import type { AnnotationRow } from "@/db/schema";
import type { Claim } from "@/lib/api/dto";
import { SYSTEM_ACTOR } from "../context";

function toClaim(row: AnnotationRow, names: Map<string, string>): Claim {
  return {
    id: row.id,
    articleId: row.articleId,
    revision: row.revision,
    status: row.status,
    note: row.note,
    start: row.start,
    end: row.end,
    quote: { exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    version: row.version,
    orphaned: row.orphaned,
    author: row.authorId ? { id: row.authorId, name: names.get(row.authorId) ?? (row.authorId === SYSTEM_ACTOR.id ? SYSTEM_ACTOR.name : "Former member") } : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Claims as the API and UI see them, with their authors' names looked up in one query. */
export function toClaims(db: Executor, rows: AnnotationRow[]): Claim[] {
  const authorIds = [...new Set(rows.flatMap((row) => (row.authorId ? [row.authorId] : [])))];
  const names = findUserNamesByIds(db, authorIds);
  return rows.map((row) => toClaim(row, names));
}

export function toClaimWithAuthor(db: Executor, row: AnnotationRow): Claim {
  return toClaims(db, [row])[0];
}
