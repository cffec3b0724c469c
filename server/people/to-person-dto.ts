import "server-only";
import type { UserRow } from "@/db/schema";
import type { Person } from "@/lib/api/dto";

export function toPerson(row: UserRow): Person {
  return { id: row.id, name: row.name, email: row.email, role: row.role, createdAt: row.createdAt.toISOString() };
}
