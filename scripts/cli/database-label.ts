import { dialectOfUrl, sqlitePath } from "@/db/client";
import { AppError } from "@/lib/api/app-error";

/**
 * The engine and place a DATABASE_URL names, for messages: the SQLite file's full path, or the
 * PostgreSQL URL with its password hidden. An unknown scheme is refused here, before anything is
 * opened or created.
 */
export function databaseLabel(url: string): string {
  let dialect;
  try {
    dialect = dialectOfUrl(url);
  } catch (error) {
    throw new AppError("invalid_input", (error as Error).message);
  }
  if (dialect === "sqlite") return `SQLite ${sqlitePath(url)}`;
  return `PostgreSQL ${url.replace(/^(postgres(?:ql)?:\/\/[^:@/]*):[^@/]*@/i, "$1:***@").replace(/([?&]password=)[^&]*/i, "$1***")}`;
}
