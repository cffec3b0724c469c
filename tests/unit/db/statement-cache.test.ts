import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { cacheStatements } from "@/db/sqlite/statement-cache";

let sqlite: Database.Database;
afterEach(() => sqlite.close());

function open(max?: number) {
  sqlite = new Database(":memory:");
  sqlite.exec("create table t (id integer primary key, name text)");
  cacheStatements(sqlite, max);
  return sqlite;
}

describe("cacheStatements", () => {
  it("compiles a statement once and hands the same one back for the same SQL", () => {
    const db = open();
    const first = db.prepare("select name from t where id = ?");
    expect(db.prepare("select name from t where id = ?")).toBe(first);
    expect(db.prepare("select id from t where id = ?")).not.toBe(first);
  });

  it("hands back a statement in object mode even when the last caller switched it to arrays", () => {
    const db = open();
    db.prepare("insert into t (name) values (?)").run("Alger");
    const sql = "select id, name from t where id = ?";
    expect(db.prepare(sql).raw().get(1)).toEqual([1, "Alger"]);
    expect(db.prepare(sql).get(1)).toEqual({ id: 1, name: "Alger" });
  });

  it("forgets the least recently used statement past its size", () => {
    const db = open(2);
    const one = db.prepare("select 1");
    const two = db.prepare("select 2");
    db.prepare("select 1");
    db.prepare("select 3");
    // "select 2" was the least recently used: compiled again; "select 1" was kept.
    expect(db.prepare("select 1")).toBe(one);
    expect(db.prepare("select 2")).not.toBe(two);
  });

  it("sees rows and schema changes made after a statement was cached", () => {
    const db = open();
    const count = () => (db.prepare("select count(*) as n from t").get() as { n: number }).n;
    expect(count()).toBe(0);
    db.prepare("insert into t (name) values (?)").run("Paris");
    db.exec("alter table t add column note text");
    expect(count()).toBe(1);
  });
});
