import type { TCreateArticle } from "@/lib/api/schemas";

export const SAMPLE_TEXT = [
  "Le ministre a confirmé la nouvelle mardi. Selon nos sources, l’accord serait signé en mars.",
  "M. Dupont a démenti. Les chiffres avancés, 3,5 millions d’euros, n’ont pas été vérifiés.",
].join("\n\n");

export function makeArticleInput(overrides: Partial<TCreateArticle> = {}): TCreateArticle {
  return { title: "Un article de test", language: "fr", text: SAMPLE_TEXT, ...overrides };
}

/** Offsets of the first occurrence of `phrase` in `text`. */
export function spanOf(text: string, phrase: string): { start: number; end: number } {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the text`);
  return { start, end: start + phrase.length };
}
