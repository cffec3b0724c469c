/** The longest name a person may have, in characters (code points). */
export const MAX_PERSON_NAME = 80;

/** Why a name is refused: an app code, turned into words by whoever shows it. */
export type PersonNameProblem = "empty" | "too_long" | "invisible_characters" | "reserved";

// Control characters (C0 but the tab, which is only a wide space; DEL; C1), bidirectional controls (which can reverse how the rest of a
// history line reads) and invisible characters (which make "Ad\u200bmin" look like "Admin").
const INVISIBLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/;
// Spaces of any width, tabs included (newlines and other separators are refused above).
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
// The names the app itself shows in history, for the system and for removed people.
const RESERVED = new Set(["claimcheck", "former member"]);

/**
 * The app's one rule for people's names: Unicode-composed (NFC), spaces collapsed and trimmed,
 * 1–80 characters, no control, bidi or invisible characters, not a name the app uses itself.
 * Returns the cleaned name or the problem.
 */
export function checkPersonName(raw: string): { ok: true; name: string } | { ok: false; problem: PersonNameProblem } {
  const composed = raw.normalize("NFC");
  // Newlines would collapse into spaces below; refuse them with the other controls first.
  if (INVISIBLE.test(composed)) return { ok: false, problem: "invisible_characters" };
  const name = composed.replace(SPACES, " ").trim();
  if (name.length === 0) return { ok: false, problem: "empty" };
  if ([...name].length > MAX_PERSON_NAME) return { ok: false, problem: "too_long" };
  if (RESERVED.has(name.toLowerCase())) return { ok: false, problem: "reserved" };
  return { ok: true, name };
}
