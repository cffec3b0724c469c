import { describe, expect, it } from "vitest";
import { errorResponse } from "@/server/http/error-response";
import { isDatabaseUnavailable } from "@/server/http/is-database-unavailable";

const withCode = (code: string, message = "failed") => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailable", () => {
  it("recognises a database that went away, directly or as the cause of drizzle's error", () => {
    expect(isDatabaseUnavailable(withCode("ECONNREFUSED"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("57P01", "terminating connection due to administrator command"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("08006"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Failed query: select 1", { cause: new Error("Connection terminated unexpectedly") }))).toBe(true);
    expect(isDatabaseUnavailable(withCode("SQLITE_BUSY", "database is locked"))).toBe(true);
  });

  it("leaves real errors alone: a constraint, a bug", () => {
    expect(isDatabaseUnavailable(withCode("23505", "duplicate key value violates unique constraint"))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("x is undefined"))).toBe(false);
    expect(isDatabaseUnavailable("a string")).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it("answers 409 conflict when PostgreSQL gave up a transaction for another (deadlock, serialisation)", async () => {
    for (const code of ["40P01", "40001"]) {
      const response = errorResponse(new Error("Failed query", { cause: withCode(code, "deadlock detected") }));
      expect(response.status).toBe(409);
      expect((await response.json()).error.code).toBe("conflict");
    }
  });

  it("answers 503 database_unavailable with Retry-After, and 500 for anything else", async () => {
    const unavailable = errorResponse(withCode("ECONNREFUSED"));
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get("retry-after")).toBe("2");
    expect((await unavailable.json()).error.code).toBe("database_unavailable");
    expect(errorResponse(new TypeError("bug")).status).toBe(500);
  });
});
