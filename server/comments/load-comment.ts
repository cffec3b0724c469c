import "server-only";
import { findLiveAnnotationById } from "@/db/queries/annotations";
import { findCommentById } from "@/db/queries/comments";
import type { Executor } from "@/db/executor";
import type { AnnotationRow, CommentRow } from "@/db/schema";
import { AppError } from "@/lib/api/app-error";

/**
 * A comment with its claim. Comments of a cleared claim are gone with it: not_found, exactly
 * like a comment that never existed.
 */
export async function loadComment(db: Executor, commentId: number): Promise<{ comment: CommentRow; claim: AnnotationRow }> {
  const comment = await findCommentById(db, commentId);
  const claim = comment && await findLiveAnnotationById(db, comment.annotationId);
  if (!comment || !claim) throw new AppError("not_found", `No comment with id ${commentId}.`);
  return { comment, claim };
}

/** Refuses a write that names an older version than the stored one. */
export function assertCommentVersion(row: CommentRow, version: number): void {
  if (row.version !== version) {
    throw new AppError("stale_version", `The comment changed since version ${version}; it is now at version ${row.version}. Reload and try again.`, {
      details: { currentVersion: row.version },
    });
  }
}

/** Only the author changes or deletes a comment: nobody, not even an admin, speaks for someone else. */
export function assertCommentAuthor(row: CommentRow, actorId: string): void {
  if (row.authorId !== actorId) throw new AppError("forbidden", "Nobody edits someone else's comment; only its author can change or delete it.");
}
