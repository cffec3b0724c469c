import { AsyncLocalStorage } from "node:async_hooks";
import type Database from "better-sqlite3";
import { Mutex } from "async-mutex";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import type { Executor } from "../executor";

type Raw = BetterSQLite3Database<Record<string, unknown>>;

/** Methods of a drizzle query that run it: what must wait while another transaction is open. */
const RUNS_QUERY = new Set<PropertyKey>(["then", "execute"]);

/**
 * Gives the synchronous better-sqlite3 database the port's asynchronous shape, safely.
 *
 * With async services, a transaction stays open across `await`s, and the one connection is
 * shared: a query of another request running in between would land inside that transaction
 * (seeing its uncommitted rows, or rolled back with it). So one mutex orders transactions and
 * the queries run outside them: a transaction holds it from BEGIN IMMEDIATE to COMMIT, a query
 * outside takes it for its own run. Code running inside the transaction (AsyncLocalStorage says
 * so) goes straight through, whichever handle it uses; a nested transaction is a savepoint.
 * Everything still runs on the event loop's thread, as before: the mutex only decides the order.
 */
export function serialiseAccess(raw: Raw, client: Database.Database): Executor {
  const mutex = new Mutex();
  const inTransaction = new AsyncLocalStorage<true>();
  let savepoints = 0;

  async function runQuery<T>(run: () => Promise<T>): Promise<T> {
    if (inTransaction.getStore()) return run();
    return mutex.runExclusive(run);
  }

  async function transaction<T>(body: (tx: Executor) => Promise<T>): Promise<T> {
    if (inTransaction.getStore()) {
      const name = `claimcheck_${++savepoints}`;
      client.exec(`savepoint ${name}`);
      try {
        const result = await body(transactionHandle);
        client.exec(`release ${name}`);
        return result;
      } catch (error) {
        client.exec(`rollback to ${name}`);
        client.exec(`release ${name}`);
        throw error;
      }
    }
    return mutex.runExclusive(() =>
      inTransaction.run(true, async () => {
        client.exec("begin immediate");
        try {
          const result = await body(transactionHandle);
          client.exec("commit");
          return result;
        } catch (error) {
          if (client.inTransaction) client.exec("rollback");
          throw error;
        }
      }),
    );
  }

  /** A query builder whose run waits its turn; its chained builders too. */
  function guardQuery(builder: object): object {
    return new Proxy(builder, {
      get(target, property) {
        const value = Reflect.get(target, property, target);
        if (typeof value !== "function") return value;
        if (RUNS_QUERY.has(property)) {
          if (property === "execute") return async (...args: unknown[]) => runQuery(() => value.apply(target, args));
          const execute = Reflect.get(target, "execute", target) as () => Promise<unknown>;
          return (onFulfilled?: (v: unknown) => unknown, onRejected?: (e: unknown) => unknown) => runQuery(() => execute.call(target)).then(onFulfilled, onRejected);
        }
        return (...args: unknown[]) => guard(value.apply(target, args));
      },
    });
  }

  function guard(result: unknown): unknown {
    const isQuery = typeof result === "object" && result !== null && typeof (result as { then?: unknown }).then === "function" && typeof (result as { execute?: unknown }).execute === "function";
    const isBuilder = typeof result === "object" && result !== null && !Array.isArray(result) && Object.getPrototypeOf(result) !== Object.prototype;
    return isQuery || isBuilder ? guardQuery(result as object) : result;
  }

  /** What a transaction's body receives: the same connection, unguarded, with nested transactions as savepoints. */
  const transactionHandle = new Proxy(raw, {
    get(target, property) {
      if (property === "transaction") return transaction;
      return Reflect.get(target, property, target);
    },
  }) as unknown as Executor;

  return new Proxy(raw, {
    get(target, property) {
      if (property === "transaction") return transaction;
      const value = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => guard(value.apply(target, args));
    },
  }) as unknown as Executor;
}
