import { boolean, index, pgTable, text } from "drizzle-orm/pg-core";
import { ROLES } from "../../../lib/auth/permissions";
import { identityId } from "./identity-id";
import { isoInstant, isoNow } from "./iso-instant";

/*
 * PostgreSQL twin of ../people.ts; better-auth's drizzle adapter (provider "pg") reads and writes
 * user, session, account and verification through these definitions.
 *
 * Timestamps are ISO-8601 UTC text with milliseconds, as on SQLite and in every other table;
 * better-auth's are `isoInstant`, which TypeScript and better-auth see as Dates.
 */

const createdAt = () => isoInstant("created_at").notNull().default(isoNow);
const updatedAt = () => isoInstant("updated_at").notNull().default(isoNow);

export const user = pgTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: boolean("email_verified").notNull().default(false),
  image: text("image"),
  role: text("role", { enum: ROLES }).notNull().default("viewer"),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const session = pgTable(
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

export const account = pgTable(
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
    password: text("password"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("account_user").on(t.userId)],
);

export const verification = pgTable(
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

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: identityId(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: text("created_at").notNull(),
    lastUsedAt: text("last_used_at"),
    revokedAt: text("revoked_at"),
  },
  (t) => [index("api_tokens_user").on(t.userId)],
);

/** Twin of the SQLite table: sign-in attempts counted by every node. */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: identityId(),
    key: text("key").notNull(),
    attemptedAt: text("attempted_at").notNull(),
  },
  (t) => [index("sign_in_attempts_key").on(t.key, t.attemptedAt), index("sign_in_attempts_at").on(t.attemptedAt)],
);
