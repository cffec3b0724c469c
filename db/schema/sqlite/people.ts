import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { ROLES } from "../../../lib/auth/permissions";
import { isoInstant, isoNow } from "./iso-instant";

/*
 * People, sessions and credentials. The user/session/account/verification tables follow the
 * shape better-auth's drizzle adapter expects (its core schema), plus our `role` column.
 *
 * Every timestamp, here as in every table, is ISO-8601 UTC text with milliseconds. better-auth's
 * columns are `isoInstant`: the same text, seen as a Date by TypeScript and by better-auth.
 */

const createdAt = () => isoInstant("created_at").notNull().default(isoNow);
const updatedAt = () => isoInstant("updated_at").notNull().default(isoNow);

export const user = sqliteTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: integer("email_verified", { mode: "boolean" }).notNull().default(false),
  image: text("image"),
  role: text("role", { enum: ROLES }).notNull().default("viewer"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const session = sqliteTable(
  "session",
  {
    id: text("id").primaryKey(),
    expiresAt: isoInstant("expires_at").notNull(),
    token: text("token").notNull().unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
  },
  (t) => [index("session_user").on(t.userId)],
);

export const account = sqliteTable(
  "account",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: isoInstant("access_token_expires_at"),
    refreshTokenExpiresAt: isoInstant("refresh_token_expires_at"),
    scope: text("scope"),
    /** scrypt hash written by better-auth's hashPassword; never a plain password. */
    password: text("password"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("account_user").on(t.userId)],
);

export const verification = sqliteTable(
  "verification",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: isoInstant("expires_at").notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("verification_identifier").on(t.identifier)],
);

/** Personal API tokens. Only a SHA-256 hash of each token is stored; the token is shown once. */
export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The first characters of the token, so a person can tell their tokens apart. */
    prefix: text("prefix").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: text("created_at").notNull(),
    lastUsedAt: text("last_used_at"),
    revokedAt: text("revoked_at"),
  },
  (t) => [index("api_tokens_user").on(t.userId)],
);

/**
 * Sign-in attempts, for the throttle (per account and per client address): kept in the database
 * so that every node of a newsroom counts the same attempts. Rows older than the longest window
 * are deleted as new ones come.
 */
export const signInAttempts = sqliteTable(
  "sign_in_attempts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** SHA-256 of "account:<email>" or "address:<ip>". */
    key: text("key").notNull(),
    attemptedAt: text("attempted_at").notNull(),
  },
  (t) => [index("sign_in_attempts_key").on(t.key, t.attemptedAt), index("sign_in_attempts_at").on(t.attemptedAt)],
);

export type UserRow = typeof user.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;
