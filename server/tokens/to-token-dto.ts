import "server-only";
import type { ApiTokenRow } from "@/db/schema";
import type { ApiToken } from "@/lib/api/dto";

export function toApiToken(row: ApiTokenRow): ApiToken {
  return { id: row.id, name: row.name, prefix: row.prefix, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt, revokedAt: row.revokedAt };
}
