import "server-only";
import { findAllUsers } from "@/db/queries/people";
import type { Executor } from "@/db/executor";
import type { CommentRow } from "@/db/schema";
import type { Comment, CommentThread, PersonRef } from "@/lib/api/dto";
import { findMentions, mentionHandle, type MentionCandidate } from "@/lib/comments/find-mentions";
import { personRef as namePerson } from "../people/person-ref";

/** Everyone, by id and by handle: what it takes to name authors and resolve @mentions. */
export type CommentPeople = { names: Map<string, string>; mentionable: MentionCandidate[] };

/** One query for all people; a newsroom is small, and mentions can name anyone. */
export async function loadCommentPeople(db: Executor): Promise<CommentPeople> {
  const users = await findAllUsers(db);
  return {
    names: new Map(users.map((u) => [u.id, u.name])),
    mentionable: users.map((u) => ({ id: u.id, name: u.name, handle: mentionHandle(u) })),
  };
}

function personRef(id: string | null, people: CommentPeople): PersonRef | null {
  if (!id) return null;
  return namePerson(people.names, id);
}

export function toComment(row: CommentRow, people: CommentPeople): Comment {
  const mentions = new Map(findMentions(row.body, people.mentionable).map((m) => [m.person.id, m.person]));
  return {
    id: row.id,
    claimId: row.annotationId,
    parentId: row.parentId,
    author: personRef(row.authorId, people),
    body: row.body,
    deleted: row.deletedAt !== null,
    edited: row.editedAt !== null,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    mentions: [...mentions.values()],
  };
}

/** Roots in the order they were written, each with its replies in order. */
export function toThreads(rows: CommentRow[], people: CommentPeople): CommentThread[] {
  const repliesByRoot = new Map<number, Comment[]>();
  for (const row of rows) {
    if (row.parentId === null) continue;
    const list = repliesByRoot.get(row.parentId) ?? [];
    list.push(toComment(row, people));
    repliesByRoot.set(row.parentId, list);
  }
  return rows
    .filter((row) => row.parentId === null)
    .map((root) => ({
      ...toComment(root, people),
      resolved: root.resolvedAt ? { at: root.resolvedAt, by: personRef(root.resolvedBy, people) } : null,
      replies: repliesByRoot.get(root.id) ?? [],
    }));
}
