import { and, asc, count, eq, inArray, ne } from "drizzle-orm";
import type { Role } from "../../lib/auth/permissions";
import type { Executor } from "../executor";
import { account, session, user, type UserRow } from "../schema";

export function countUsers(db: Executor): number {
  return db.select({ n: count() }).from(user).get()?.n ?? 0;
}

export function countUsersWithRole(db: Executor, role: Role): number {
  return db.select({ n: count() }).from(user).where(eq(user.role, role)).get()?.n ?? 0;
}

export function findUserById(db: Executor, id: string): UserRow | undefined {
  return db.select().from(user).where(eq(user.id, id)).get();
}

export function findUserByEmail(db: Executor, email: string): UserRow | undefined {
  return db.select().from(user).where(eq(user.email, email)).get();
}

export function findAllUsers(db: Executor): UserRow[] {
  return db.select().from(user).orderBy(asc(user.name), asc(user.email)).all();
}

/** Names of the given people, by id (for showing who made a claim). */
export function findUserNamesByIds(db: Executor, ids: string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  const rows = db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, ids)).all();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Name, email and role of the given people, by id (to show who did something, unmistakably). */
export function findPeopleByIds(db: Executor, ids: string[]): Map<string, { name: string; email: string; role: Role }> {
  if (ids.length === 0) return new Map();
  const rows = db.select({ id: user.id, name: user.name, email: user.email, role: user.role }).from(user).where(inArray(user.id, ids)).all();
  return new Map(rows.map(({ id, ...person }) => [id, person]));
}

/** A person with a password credential, the way better-auth's own sign-up writes them. */
export function insertUserWithPassword(
  db: Executor,
  { id, name, email, role, passwordHash, now }: { id: string; name: string; email: string; role: Role; passwordHash: string; now: Date },
): UserRow {
  const row = db.insert(user).values({ id, name, email, role, emailVerified: false, createdAt: now, updatedAt: now }).returning().get();
  db.insert(account).values({ id: `${id}-credential`, accountId: id, providerId: "credential", userId: id, password: passwordHash, createdAt: now, updatedAt: now }).run();
  return row;
}

export function updateUserRole(db: Executor, { id, role, now }: { id: string; role: Role; now: Date }): UserRow | undefined {
  return db.update(user).set({ role, updatedAt: now }).where(eq(user.id, id)).returning().get();
}

export function updateUserName(db: Executor, { id, name, now }: { id: string; name: string; now: Date }): UserRow | undefined {
  return db.update(user).set({ name, updatedAt: now }).where(eq(user.id, id)).returning().get();
}

/** The stored password hash of a person's password sign-in, if they have one. */
export function findPasswordHash(db: Executor, userId: string): string | null {
  const row = db.select({ password: account.password }).from(account).where(and(eq(account.userId, userId), eq(account.providerId, "credential"))).get();
  return row?.password ?? null;
}

/**
 * Replaces a person's password hash and ends their sessions (a new password must lock out whoever
 * knew the old one), except `keepSessionId`: the session of the person changing their own.
 */
export function replacePasswordAndEndSessions(
  db: Executor,
  { userId, passwordHash, now, keepSessionId }: { userId: string; passwordHash: string; now: Date; keepSessionId?: string },
): boolean {
  const updated = db
    .update(account)
    .set({ password: passwordHash, updatedAt: now })
    .where(and(eq(account.userId, userId), eq(account.providerId, "credential")))
    .run();
  if (updated.changes === 0) return false;
  db.delete(session)
    .where(keepSessionId ? and(eq(session.userId, userId), ne(session.id, keepSessionId)) : eq(session.userId, userId))
    .run();
  return true;
}
