import { and, count, eq, isNull } from "drizzle-orm";
import type { Executor } from "../executor";
import { annotations, comments } from "../schema";

/**
 * How many comment threads of an article are still open: root comments, not deleted and not
 * resolved, on live claims. An article cannot be verified while any is open.
 */
export function countOpenThreadsByArticle(db: Executor, articleId: number): number {
  return (
    db
      .select({ n: count() })
      .from(comments)
      .innerJoin(annotations, eq(annotations.id, comments.annotationId))
      .where(
        and(
          eq(annotations.articleId, articleId),
          isNull(annotations.deletedAt),
          isNull(comments.parentId),
          isNull(comments.deletedAt),
          isNull(comments.resolvedAt),
        ),
      )
      .get()?.n ?? 0
  );
}
