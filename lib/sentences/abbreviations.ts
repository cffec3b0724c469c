import { isUpper } from "./characters";
import { withoutOpeningMarks } from "./tokens";

/**
 * How a word ending in "." behaves in front of the next word:
 * - `title`: always followed by more of the sentence (Mr., Dr., e.g., French MM., Mlle.);
 * - `numeric`: an abbreviation only in front of a number (No. 5, p. 55, Jan. 3);
 * - `general`: may end a sentence, and does when a typical sentence opener
 *   follows (U.S., Inc., etc.);
 * - `initial`: a single capital, as in "Jonas E. Smith" or French "M. Dupont"
 *   (Monsieur): part of a name only when a name follows, not a sentence opener.
 */
export type AbbreviationKind = "title" | "numeric" | "general" | "initial";

interface AbbreviationTable {
  title: readonly string[];
  numeric: readonly string[];
  general: readonly string[];
}

// Entries are written without the final dot. Lower-case entries match in any
// case ("co" covers "Co."); entries with a capital match only as written, so
// that "Sun."/"Mar." (day, month) do not swallow "He sat." or "sun.".
const ENGLISH: AbbreviationTable = {
  title: [
    "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Drs", "Prof", "Rev", "Revd", "Fr", "Hon", "Pres",
    "Gen", "Col", "Capt", "Lt", "Sgt", "Cpl", "Maj", "Adm", "Cmdr", "Gov", "Sen", "Rep", "Supt",
    "e.g", "i.e", "cf", "viz", "vs", "v", "approx",
  ],
  numeric: [
    "no", "nos", "nr", "n°", "p", "pp", "vol", "vols", "fig", "figs", "ch", "chap", "sec", "art",
    "para", "op", "tel", "ext", "ca", "c", "est", "pt", "pts", "ver", "Jan", "Feb", "Mar",
    "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  ],
  general: [
    "inc", "co", "corp", "ltd", "llc", "plc", "bros", "assn", "dept", "univ", "intl", "natl",
    "govt", "mfg", "etc", "al", "ave", "blvd", "rd", "hwy", "jr", "sr", "esq", "ph.d", "m.d",
    // Saint or Street, Mount, Fort: before a name, or the end of an address.
    "St", "Ste", "Mt", "Ft",
    "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "Mon", "Tue", "Tues", "Wed",
    "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
  ],
};

const FRENCH: AbbreviationTable = {
  title: [
    "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mgr", "Dr", "Pr", "St", "Ste", "Sts",
    "Vve", "ex", "cf", "c.-à-d", "av", "apr", "env", "vs", "e.g", "i.e", "boul", "bd",
  ],
  numeric: [
    "n°", "no", "nos", "p", "pp", "vol", "chap", "art", "fig", "éd", "t", "ch", "tél", "ca",
  ],
  general: [
    "etc", "cie", "inc", "ltd", "corp", "al", "ibid", "cit", "hab", "janv", "févr", "fév",
    "avr", "juil", "sept", "oct", "nov", "déc", "u.s", "u.s.a", "a.m", "p.m",
  ],
};

const TABLES: Record<string, AbbreviationTable> = { en: ENGLISH, fr: FRENCH };

type Lookup = { exact: Map<string, AbbreviationKind>; folded: Map<string, AbbreviationKind> };

function buildLookup(table: AbbreviationTable): Lookup {
  const lookup: Lookup = { exact: new Map(), folded: new Map() };
  for (const kind of ["general", "numeric", "title"] as const) {
    for (const entry of table[kind]) {
      if (entry === entry.toLowerCase()) lookup.folded.set(entry, kind);
      else lookup.exact.set(entry, kind);
    }
  }
  return lookup;
}

const LOOKUPS = new Map<string, Lookup>(Object.entries(TABLES).map(([lang, table]) => [lang, buildLookup(table)]));

// Dotted acronyms nobody can list exhaustively: U.S.A., J.-C., LL.AA.II.RR., Ph.D.
const DOTTED_ACRONYM = /^(?:\p{L}{1,3}\.-?)+\p{L}{1,3}$/u;

/**
 * Classifies `token` (a whitespace-delimited word that ends in ".", possibly
 * behind an opening quote or bracket) as an abbreviation for language `lang`
 * ("en", "fr"; other languages use the English table), or returns null when
 * the dot is an ordinary full stop.
 */
export function abbreviationKind(token: string, lang: string): AbbreviationKind | null {
  const word = withoutOpeningMarks(token);
  if (word.length < 2 || !word.endsWith(".")) return null;
  const stem = word.slice(0, -1);
  const lookup = LOOKUPS.get(lang) ?? LOOKUPS.get("en")!;
  // A lone capital is an initial ("John P. Smith") unless listed as written,
  // so lower-case "p" (page) must not fold onto it.
  if (stem.length === 1 && isUpper(stem)) return lookup.exact.get(stem) ?? "initial";
  const known = lookup.exact.get(stem) ?? lookup.folded.get(stem.toLowerCase());
  if (known) return known;
  if (DOTTED_ACRONYM.test(stem)) return "general";
  return null;
}
