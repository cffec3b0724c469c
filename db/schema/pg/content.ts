import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { CLAIM_STATUSES } from "../../../lib/claims/statuses";
import { ARTICLE_STATES } from "../sqlite/content";
import { identityId } from "./identity-id";

/*
 * PostgreSQL twin of ../content.ts: same table and column names, same row types (checked by
 * tests/unit/db/schema-parity.test.ts). Documentation of the columns lives there.
 *
 * Timestamps stay ISO-8601 `text`, as in SQLite, so every layer above sees one representation.
 * Enumerations stay `text` with a TypeScript enum, as in SQLite: a pg enum type would need an
 * `alter type` migration for every new value and could never lose one.
 */

export const articles = pgTable("articles", {
  id: identityId(),
  title: text("title").notNull(),
  language: text("language").notNull(),
  byline: text("byline"),
  sourceUrl: text("source_url"),
  state: text("state", { enum: ARTICLE_STATES }).notNull().default("draft"),
  verifiedBy: text("verified_by"),
  verifiedAt: text("verified_at"),
  signOff: jsonb("sign_off"),
  currentRevision: integer("current_revision").notNull().default(1),
  createdAt: text("created_at").notNull(),
  updatedAt: text("updated_at").notNull(),
});

export const articleRevisions = pgTable(
  "article_revisions",
  {
    id: identityId(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id),
    number: integer("number").notNull(),
    content: jsonb("content").notNull(),
    text: text("text").notNull(),
    createdBy: text("created_by"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [uniqueIndex("article_revisions_article_number").on(t.articleId, t.number)],
);

export const annotations = pgTable(
  "annotations",
  {
    id: identityId(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id),
    revision: integer("revision").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    exact: text("exact").notNull(),
    prefix: text("prefix").notNull().default(""),
    suffix: text("suffix").notNull().default(""),
    status: text("status", { enum: CLAIM_STATUSES }).notNull(),
    note: text("note").notNull().default(""),
    authorId: text("author_id"),
    version: integer("version").notNull().default(1),
    orphaned: boolean("orphaned").notNull().default(false),
    externalId: text("external_id"),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
    deletedAt: text("deleted_at"),
  },
  (t) => [index("annotations_article_start").on(t.articleId, t.start), index("annotations_article_external").on(t.articleId, t.externalId)],
);

/** Append-only audit log; the database refuses updates and deletes (migration events_append_only). */
export const events = pgTable(
  "events",
  {
    id: identityId(),
    articleId: integer("article_id").references(() => articles.id),
    annotationId: integer("annotation_id").references(() => annotations.id),
    actorId: text("actor_id"),
    type: text("type").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("events_article").on(t.articleId, t.id), index("events_annotation").on(t.annotationId)],
);
