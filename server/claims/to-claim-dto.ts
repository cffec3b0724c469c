import "server-only";
import type { AnnotationRow } from "@/db/schema";
import type { Claim } from "@/lib/api/dto";

export function toClaim(row: AnnotationRow): Claim {
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
    authorId: row.authorId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
