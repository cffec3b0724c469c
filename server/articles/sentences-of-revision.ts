import "server-only";
import type { RevisionRow } from "@/db/schema";
import { splitSentences } from "@/lib/sentences";

type Span = { start: number; end: number };

// Revisions never change once written, so their sentences can be kept; the cap bounds memory.
const cache = new Map<string, Span[]>();
const MAX_CACHED = 200;

/** The sentence spans of a revision's canonical text, computed once per revision. */
export function sentencesOfRevision(revision: Pick<RevisionRow, "articleId" | "number" | "text">, language: string): Span[] {
  const key = `${revision.articleId}:${revision.number}:${language}`;
  let spans = cache.get(key);
  if (!spans) {
    spans = splitSentences(revision.text, language);
    if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
    cache.set(key, spans);
  }
  return spans;
}
