import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { annotations } from "./content";

/**
 * Comment threads on claims: a root comment (parentId null) and its replies (one level). A thread
 * is resolved and reopened on its root. Deleted comments keep their row (body emptied) so the
 * thread stays readable ("comment deleted").
 */
export const comments = sqliteTable(
  "comments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    annotationId: integer("annotation_id")
      .notNull()
      .references(() => annotations.id),
    /** The thread's root comment; null for a root. */
    parentId: integer("parent_id"),
    authorId: text("author_id").notNull(),
    /** Plain text as typed; never HTML. Emptied when the comment is deleted. */
    body: text("body").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
    editedAt: text("edited_at"),
    deletedAt: text("deleted_at"),
    /** Set on a root comment when its thread is resolved. */
    resolvedAt: text("resolved_at"),
    resolvedBy: text("resolved_by"),
  },
  (t) => [index("comments_annotation").on(t.annotationId, t.id), index("comments_parent").on(t.parentId)],
);

/** Evidence attached to a claim. Removed sources keep their row (deletedAt) for the audit trail. */
export const sources = sqliteTable(
  "sources",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    annotationId: integer("annotation_id")
      .notNull()
      .references(() => annotations.id),
    /** http(s) only, validated on the way in. */
    url: text("url").notNull(),
    title: text("title").notNull(),
    /** The passage of the source that bears on the claim. */
    excerpt: text("excerpt").notNull().default(""),
    /** What it supports or contradicts. */
    note: text("note").notNull().default(""),
    addedBy: text("added_by").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
    deletedAt: text("deleted_at"),
  },
  (t) => [index("sources_annotation").on(t.annotationId)],
);

export type CommentRow = typeof comments.$inferSelect;
export type SourceRow = typeof sources.$inferSelect;
