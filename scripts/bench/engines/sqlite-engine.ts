/** SQLite for the benchmark: the app's file in the run's temporary folder, as `npm start` would use it. */
import path from "node:path";
import Database from "better-sqlite3";
import { sqlitePath } from "@/db/client";
import type { BenchEngine, DirectWriter } from "./bench-engine";

export async function startSqliteEngine(workDir: string): Promise<BenchEngine> {
  const fileUrl = (name: string) => `file:${path.join(workDir, `${name}.db`)}`;
  const databaseUrl = fileUrl("claimcheck");
  return {
    name: "sqlite",
    label: "SQLite",
    databaseUrl,
    // The auth secret is generated beside the file on first start, as for `npm start`.
    appEnv: {},
    settings: { version: new Database(":memory:").prepare("select sqlite_version() as v").pluck().get() as string, journal_mode: "WAL", synchronous: "FULL" },
    freshDatabase: async (name) => fileUrl(name),
    copyDatabase: async (name) => {
      const copy = fileUrl(name);
      // SQLite's online backup: a consistent copy while the app writes.
      const source = new Database(sqlitePath(databaseUrl), { readonly: true });
      try {
        await source.backup(sqlitePath(copy));
      } finally {
        source.close();
      }
      return copy;
    },
    openDirectWriter: async (url) => openSqliteWriter(sqlitePath(url)),
    // The file lives in the run's folder, which the benchmark removes.
    stop: async () => undefined,
  };
}

/** better-sqlite3 with the app's pragmas (WAL, synchronous=FULL), prepared statements, one transaction per write. */
function openSqliteWriter(file: string): DirectWriter {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("synchronous = FULL");
  const insertClaim = db.prepare(
    "insert into annotations (article_id, revision, start, end, exact, prefix, suffix, status, note, author_id, version, orphaned, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, '', ?, 1, 0, ?, ?) returning id",
  );
  const updateClaim = db.prepare("update annotations set status = ?, version = version + 1, updated_at = ? where id = ? and version = ? returning version");
  const insertEvent = db.prepare("insert into events (article_id, annotation_id, actor_id, type, before, after, created_at) values (?, ?, ?, ?, ?, ?, ?)");
  const create = db.transaction((w: Parameters<DirectWriter["create"]>[0]) => {
    const { id } = insertClaim.get(w.articleId, w.revision, w.start, w.end, w.exact, w.prefix, w.suffix, w.status, w.authorId, w.event.createdAt, w.event.createdAt) as { id: number };
    insertEvent.run(w.event.articleId, id, w.event.actorId, w.event.type, w.event.before, w.event.after, w.event.createdAt);
    return id;
  });
  const update = db.transaction((w: Parameters<DirectWriter["update"]>[0]) => {
    const { version } = updateClaim.get(w.status, w.event.createdAt, w.claimId, w.version) as { version: number };
    insertEvent.run(w.event.articleId, w.claimId, w.event.actorId, w.event.type, w.event.before, w.event.after, w.event.createdAt);
    return version;
  });
  return {
    create: async (write) => create(write),
    update: async (write) => update(write),
    close: async () => void db.close(),
  };
}
