import { index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { annotations } from "./content";
import { identityId } from "./identity-id";

/* PostgreSQL twin of ../review.ts (comment threads and sources); see there for the columns. */

export const comments = pgTable(
  "comments",
  {
    id: identityId(),
    annotationId: integer("annotation_id")
      .notNull()
      .references(() => annotations.id),
    // No foreign key, as in SQLite: the root is looked up by the service, not the database.
    parentId: integer("parent_id"),
    authorId: text("author_id").notNull(),
    body: text("body").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
    editedAt: text("edited_at"),
    deletedAt: text("deleted_at"),
    resolvedAt: text("resolved_at"),
    resolvedBy: text("resolved_by"),
  },
  (t) => [index("comments_annotation").on(t.annotationId, t.id), index("comments_parent").on(t.parentId)],
);

export const sources = pgTable(
  "sources",
  {
    id: identityId(),
    annotationId: integer("annotation_id")
      .notNull()
      .references(() => annotations.id),
    url: text("url").notNull(),
    title: text("title").notNull(),
    excerpt: text("excerpt").notNull().default(""),
    note: text("note").notNull().default(""),
    addedBy: text("added_by").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
    deletedAt: text("deleted_at"),
  },
  (t) => [index("sources_annotation").on(t.annotationId)],
);
