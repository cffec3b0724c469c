/**
 * Comments and sources imported from W3C annotations keep their author's name as text, never as
 * a person of this newsroom: a file could name anyone, so matching names to accounts would let it
 * speak for them. The name is stored in the author column behind this prefix, which no account id
 * starts with, so nobody can edit those comments as their own.
 */
export const IMPORTED_AUTHOR_PREFIX = "imported:";

/** Longest imported author name kept. */
export const MAX_IMPORTED_NAME = 100;

/** Control, format and bidirectional-override characters: they could disguise a name. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** A name from a file, made safe to show: visible characters only, spaces collapsed, shortened. */
export function cleanImportedName(raw: string): string {
  const name = raw.replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
  return name.length > MAX_IMPORTED_NAME ? `${name.slice(0, MAX_IMPORTED_NAME - 1)}…` : name;
}

/** The author id stored for an imported comment or source (`name` already cleaned; may be ""). */
export function importedAuthorId(name: string): string {
  return `${IMPORTED_AUTHOR_PREFIX}${name}`;
}

/** The original name behind an imported author id ("" when the file named nobody), else null. */
export function importedAuthorName(id: string): string | null {
  return id.startsWith(IMPORTED_AUTHOR_PREFIX) ? id.slice(IMPORTED_AUTHOR_PREFIX.length) : null;
}

/** How an imported author is shown: marked as imported, so it cannot pass for a colleague. */
export function importedAuthorLabel(name: string): string {
  return `${name || "Unknown author"} (imported)`;
}
