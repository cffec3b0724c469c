/** Socket errors of a database server that went away or never answered. */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH", "EAI_AGAIN"]);

/**
 * PostgreSQL's answers while it cannot serve: class 08 (connection exception), and 57P01-57P03
 * (shutting down, crash recovery, not yet accepting connections). SQLite's busy and locked
 * answers mean the same: come back in a moment.
 */
function isUnavailableCode(code: unknown): boolean {
  if (typeof code !== "string") return false;
  return NETWORK_CODES.has(code) || code.startsWith("08") || ["57P01", "57P02", "57P03", "SQLITE_BUSY", "SQLITE_LOCKED"].includes(code);
}

/** node-postgres's own words when a connection ends or the pool waits too long for one. */
const UNAVAILABLE_MESSAGE = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery)/i;

/**
 * True when an error (or what caused it: drizzle wraps the driver's error) says the database
 * cannot be reached for now, rather than that the request was wrong: the answer is then 503, and
 * the same request may succeed once the database is back.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    if (typeof current !== "object") return false;
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (isUnavailableCode(code)) return true;
    if (typeof message === "string" && UNAVAILABLE_MESSAGE.test(message)) return true;
  }
  return false;
}

/**
 * True when PostgreSQL gave up a transaction because another one ran into it (a deadlock, or a
 * serialisation failure): nothing was written, and the same request may simply be sent again.
 */
export function isConcurrentWriteFailure(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    if (typeof current !== "object") return false;
    const { code } = current as { code?: unknown };
    if (code === "40P01" || code === "40001") return true;
  }
  return false;
}
