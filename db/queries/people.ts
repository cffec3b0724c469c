import { and, asc, count, eq, inArray, ne } from "drizzle-orm";
import type { Role } from "../../lib/auth/permissions";
import { firstRow, insertedRow, tablesOf, type Executor } from "../executor";
import type { UserRow } from "../schema";

export async function countUsers(db: Executor): Promise<number> {
  const { user } = tablesOf(db);
  return (await firstRow(db.select({ n: count() }).from(user)))?.n ?? 0;
}

export async function countUsersWithRole(db: Executor, role: Role): Promise<number> {
  const { user } = tablesOf(db);
  return (await firstRow(db.select({ n: count() }).from(user).where(eq(user.role, role))))?.n ?? 0;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const { user } = tablesOf(db);
  return firstRow(db.select().from(user).where(eq(user.id, id)));
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const { user } = tablesOf(db);
  return firstRow(db.select().from(user).where(eq(user.email, email)));
}

export async function findAllUsers(db: Executor): Promise<UserRow[]> {
  const { user } = tablesOf(db);
  return db.select().from(user).orderBy(asc(user.name), asc(user.email));
}

/** Names of the given people, by id (for showing who made a claim). */
export async function findUserNamesByIds(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const { user } = tablesOf(db);
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: user.id, name: user.name }).from(user).where(inArray(user.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Name, email and role of the given people, by id (to show who did something, unmistakably). */
export async function findPeopleByIds(db: Executor, ids: string[]): Promise<Map<string, { name: string; email: string; role: Role }>> {
  const { user } = tablesOf(db);
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: user.id, name: user.name, email: user.email, role: user.role }).from(user).where(inArray(user.id, ids));
  return new Map(rows.map(({ id, ...person }) => [id, person]));
}

/** A person with a password credential, the way better-auth's own sign-up writes them. */
export async function insertUserWithPassword(
  db: Executor,
  { id, name, email, role, passwordHash, now }: { id: string; name: string; email: string; role: Role; passwordHash: string; now: Date },
): Promise<UserRow> {
  const { user, account } = tablesOf(db);
  const [row] = await db.insert(user).values({ id, name, email, role, emailVerified: false, createdAt: now, updatedAt: now }).returning();
  await db.insert(account).values({ id: `${id}-credential`, accountId: id, providerId: "credential", userId: id, password: passwordHash, createdAt: now, updatedAt: now });
  return row;
}

export async function updateUserRole(db: Executor, { id, role, now }: { id: string; role: Role; now: Date }): Promise<UserRow | undefined> {
  const { user } = tablesOf(db);
  return firstRow(db.update(user).set({ role, updatedAt: now }).where(eq(user.id, id)).returning());
}

export async function updateUserName(db: Executor, { id, name, now }: { id: string; name: string; now: Date }): Promise<UserRow | undefined> {
  const { user } = tablesOf(db);
  return firstRow(db.update(user).set({ name, updatedAt: now }).where(eq(user.id, id)).returning());
}

/** The stored password hash of a person's password sign-in, if they have one. */
export async function findPasswordHash(db: Executor, userId: string): Promise<string | null> {
  const { account } = tablesOf(db);
  const row = await firstRow(db.select({ password: account.password }).from(account).where(and(eq(account.userId, userId), eq(account.providerId, "credential"))));
  return row?.password ?? null;
}

/**
 * Replaces a person's password hash and ends their sessions (a new password must lock out whoever
 * knew the old one), except `keepSessionId`: the session of the person changing their own.
 */
export async function replacePasswordAndEndSessions(
  db: Executor,
  { userId, passwordHash, now, keepSessionId }: { userId: string; passwordHash: string; now: Date; keepSessionId?: string },
): Promise<boolean> {
  const { session, account } = tablesOf(db);
  const updated = await db
    .update(account)
    .set({ password: passwordHash, updatedAt: now })
    .where(and(eq(account.userId, userId), eq(account.providerId, "credential")))
    .returning({ id: account.id });
  if (updated.length === 0) return false;
  await db.delete(session).where(keepSessionId ? and(eq(session.userId, userId), ne(session.id, keepSessionId)) : eq(session.userId, userId));
  return true;
}
