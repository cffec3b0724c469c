import "server-only";
import type { Executor } from "@/db/executor";
import type { SourceRow } from "@/db/schema";
import type { PersonRef, Source } from "@/lib/api/dto";
import { loadPersonRefs } from "../people/person-ref";

function toSource(row: SourceRow, person: (id: string | null) => PersonRef | null): Source {
  return {
    id: row.id,
    claimId: row.annotationId,
    url: row.url,
    title: row.title,
    excerpt: row.excerpt,
    note: row.note,
    addedBy: person(row.addedBy),
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Sources as the API and UI see them, with the names of who added them looked up in one query. */
export async function toSources(db: Executor, rows: SourceRow[]): Promise<Source[]> {
  const person = await loadPersonRefs(db, rows.map((row) => row.addedBy));
  return rows.map((row) => toSource(row, person));
}

export async function toSourceWithAuthor(db: Executor, row: SourceRow): Promise<Source> {
  return (await toSources(db, [row]))[0];
}
