import { withoutOpeningMarks } from "./tokens";

// Capitalised words that usually open a sentence rather than continue a name.
// After an ambiguous abbreviation ("U.S.", "Co.", an initial) they tip the
// balance: "the U.S. How about you?" ends a sentence, "the U.S. Government"
// does not. Function words only — proper nouns are what we must not split.
const ENGLISH = [
  "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
  "i", "you", "his", "her", "their", "our", "my", "your", "there", "here", "what", "when",
  "where", "why", "how", "who", "whom", "whose", "which", "but", "and", "so", "yet", "or",
  "nor", "if", "in", "on", "at", "as", "after", "before", "then", "however", "meanwhile",
  "also", "although", "though", "because", "since", "while", "today", "yesterday",
  "tomorrow", "now", "still", "some", "many", "most", "all", "no", "not", "is", "are", "was",
  "were", "do", "does", "did", "can", "could", "will", "would", "should", "may", "might",
  "must", "please", "let", "for", "from", "to", "with", "by", "of", "one", "each", "every",
  "both", "such", "thus", "therefore", "instead", "even", "only", "just", "other", "another",
  "last", "next", "first", "finally", "overall", "yes", "moreover", "furthermore", "indeed",
  "later", "once", "during", "until", "unless", "whether", "again", "perhaps", "maybe",
];

const FRENCH = [
  "le", "la", "les", "l’", "un", "une", "des", "du", "de", "d’", "ce", "c’", "cet", "cette",
  "ces", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "j’", "tu", "mais", "et",
  "ou", "donc", "or", "car", "ni", "puis", "ensuite", "alors", "selon", "pour", "par", "dans",
  "en", "au", "aux", "à", "a", "si", "s’", "quand", "lorsque", "lorsqu’", "comme", "depuis",
  "cependant", "pourtant", "toutefois", "néanmoins", "enfin", "aujourd’hui", "hier", "demain",
  "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma", "mes",
  "qui", "que", "qu’", "quoi", "où", "comment", "pourquoi", "quel", "quelle", "quels",
  "quelles", "tous", "tout", "toute", "toutes", "chaque", "plusieurs", "certains",
  "certaines", "aucun", "aucune", "rien", "oui", "non", "après", "avant", "sans", "sur",
  "sous", "entre", "contre", "ainsi", "encore", "déjà", "parfois", "souvent", "n’", "y",
  "voici", "voilà", "pendant", "désormais", "autrement",
];

const STARTERS: Record<string, ReadonlySet<string>> = {
  en: new Set(ENGLISH),
  fr: new Set(FRENCH),
};

/**
 * Whether `token` (the word after a possible boundary, with any punctuation
 * around it) is a word that typically opens a sentence in language `lang`
 * ("en", "fr"; others use English). French elisions count by their elided
 * part: "L’espion" is checked as "l’".
 */
export function isSentenceStarter(token: string, lang: string): boolean {
  const starters = STARTERS[lang] ?? STARTERS.en;
  const word = withoutOpeningMarks(token).replace(/'/g, "’").toLowerCase();
  const elided = /^\p{L}{1,7}’/u.exec(word);
  if (elided && starters.has(elided[0])) return true;
  return starters.has(word.replace(/[^\p{L}\p{N}’-]+$/u, ""));
}
