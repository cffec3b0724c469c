import "server-only";
import type { Executor } from "@/db/executor";
import type { AnnotationRow } from "@/db/schema";
import type { Claim, PersonRef } from "@/lib/api/dto";
import { loadPersonRefs } from "../people/person-ref";

function toClaim(row: AnnotationRow, person: (id: string | null) => PersonRef | null): Claim {
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
    author: person(row.authorId),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Claims as the API and UI see them, with their authors' names looked up in one query. */
export async function toClaims(db: Executor, rows: AnnotationRow[]): Promise<Claim[]> {
  const person = await loadPersonRefs(db, rows.map((row) => row.authorId));
  return rows.map((row) => toClaim(row, person));
}

export async function toClaimWithAuthor(db: Executor, row: AnnotationRow): Promise<Claim> {
  return (await toClaims(db, [row]))[0];
}
