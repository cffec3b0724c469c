import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** Workflow of an article: draft → in_review → verified. */
export const ARTICLE_STATES = ["draft", "in_review", "verified"] as const;

export const articles = sqliteTable("articles", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  title: text("title").notNull(),
  /** BCP 47 language tag of the text, e.g. "fr". Drives sentence splitting. */
  language: text("language").notNull(),
  byline: text("byline"),
  sourceUrl: text("source_url"),
  state: text("state", { enum: ARTICLE_STATES }).notNull().default("draft"),
  /** Who signed the article off as verified, and when (null unless verified). */
  verifiedBy: text("verified_by"),
  verifiedAt: text("verified_at"),
  /**
   * What was signed off: revision number and the figures shown in the sign-off dialog
   * (coverage per status, sourced claims without a source, open threads). Null unless verified;
   * the same record is kept in the sign-off event, which outlives a reopening.
   */
  signOff: text("sign_off", { mode: "json" }),
  /** Number of the revision that holds the current text. */
  currentRevision: integer("current_revision").notNull().default(1),
  createdAt: text("created_at").notNull(),
  updatedAt: text("updated_at").notNull(),
});

export const articleRevisions = sqliteTable(
  "article_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id),
    number: integer("number").notNull(),
    /** Tiptap / ProseMirror JSON of the document. */
    content: text("content", { mode: "json" }).notNull(),
    /** Canonical text derived from `content`; claim offsets point into it. */
    text: text("text").notNull(),
    createdBy: text("created_by"),
    createdAt: text("created_at").notNull(),
  },
  (t) => [uniqueIndex("article_revisions_article_number").on(t.articleId, t.number)],
);

export const annotations = sqliteTable(
  "annotations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id),
    /** Revision whose canonical text the selectors point into. */
    revision: integer("revision").notNull(),
    /** TextPositionSelector, UTF-16 offsets, end exclusive. */
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    /** TextQuoteSelector. */
    exact: text("exact").notNull(),
    prefix: text("prefix").notNull().default(""),
    suffix: text("suffix").notNull().default(""),
    status: text("status", { enum: ["sourced", "unsourced", "disputed"] }).notNull(),
    note: text("note").notNull().default(""),
    authorId: text("author_id"),
    /** Bumped on every change; a write naming an older version is refused (409). */
    version: integer("version").notNull().default(1),
    orphaned: integer("orphaned", { mode: "boolean" }).notNull().default(false),
    /** The W3C annotation `id` a claim was imported from, so importing it again changes nothing. */
    externalId: text("external_id"),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
    deletedAt: text("deleted_at"),
  },
  (t) => [index("annotations_article_start").on(t.articleId, t.start), index("annotations_article_external").on(t.articleId, t.externalId)],
);

/** Append-only audit log: every change, with its actor and the before/after state. */
export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** The article the change belongs to; null for changes to people and tokens. */
    articleId: integer("article_id").references(() => articles.id),
    annotationId: integer("annotation_id").references(() => annotations.id),
    actorId: text("actor_id"),
    type: text("type").notNull(),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("events_article").on(t.articleId, t.id), index("events_annotation").on(t.annotationId)],
);

export type ArticleRow = typeof articles.$inferSelect;
export type RevisionRow = typeof articleRevisions.$inferSelect;
export type AnnotationRow = typeof annotations.$inferSelect;
export type EventRow = typeof events.$inferSelect;
