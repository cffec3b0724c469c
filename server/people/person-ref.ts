import "server-only";
import { findPeopleByIds } from "@/db/queries/people";
import type { Executor } from "@/db/executor";
import type { PersonRef } from "@/lib/api/dto";
import { importedAuthorLabel, importedAuthorName } from "@/lib/report/imported-author";
import { SYSTEM_ACTOR } from "../context";

/**
 * Names a person by id: their name, "Claimcheck" for the system, "Former member" once removed, and
 * the author of an imported comment or source by the name the file gave, marked as imported.
 */
export function personRef(names: Map<string, string>, id: string): PersonRef {
  const imported = importedAuthorName(id);
  if (imported !== null) return { id, name: importedAuthorLabel(imported) };
  return { id, name: names.get(id) ?? (id === SYSTEM_ACTOR.id ? SYSTEM_ACTOR.name : "Former member") };
}

/**
 * Looks up everyone among `ids` in one query and returns a function naming each (null for none),
 * with their email and role beside the name: a display name anyone can choose is never all there is.
 */
export async function loadPersonRefs(db: Executor, ids: (string | null)[]): Promise<(id: string | null) => PersonRef | null> {
  const people = await findPeopleByIds(db, [...new Set(ids.filter((id): id is string => id !== null))]);
  return (id) => {
    if (id === null) return null;
    const person = people.get(id);
    return person ? { id, ...person } : personRef(new Map(), id);
  };
}
