/**
 * Puts the benchmark's big article on the running app through the API, as a newsroom's script
 * would: the article (Markdown), then 2,000 claims, 2,000 comments (roots, replies, some threads
 * resolved) and 500 sources, 8 requests at a time. Every choice comes from the seeded PRNG.
 */
import type { Claim, Sentence } from "@/lib/api/dto";
import type { ClaimStatus } from "@/lib/claims/statuses";
import { inPool, type ApiClient } from "./api-client";
import { between, createRng, pick, type GeneratedArticle, type Rng } from "./generate-article";

export type SeedCounts = { claims: number; comments: number; sources: number };
export const BIG_ARTICLE_COUNTS: SeedCounts = { claims: 2000, comments: 2000, sources: 500 };

export type SeededArticle = {
  articleId: number;
  text: string;
  sentences: Sentence[];
  claims: Claim[];
  /** Sentences no claim touches: where tagging in the page creates new claims. */
  untagged: Sentence[];
};

type Span = { start: number; end: number };

function shuffle<T>(rng: Rng, list: T[]): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

function randomStatus(rng: Rng): ClaimStatus {
  const r = rng();
  return r < 0.5 ? "sourced" : r < 0.8 ? "unsourced" : "disputed";
}

/** A run of 3–8 whole words strictly inside a sentence, or null when the sentence is too short. */
function subPhrase(rng: Rng, sentence: Sentence): Span | null {
  const words = [...sentence.text.matchAll(/\S+/g)].map((m) => ({ start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length }));
  if (words.length < 5) return null;
  const length = between(rng, 3, Math.min(8, words.length - 1));
  const first = between(rng, 0, words.length - length);
  return { start: words[first].start, end: words[first + length - 1].end };
}

/**
 * Claim spans: three quarters of the sentences whole, the rest of the claims on phrases inside
 * sentences (some of them inside a tagged sentence, so highlights nest as they do in practice).
 */
export function chooseClaimSpans(rng: Rng, sentences: Sentence[], count: number): (Span & { status: ClaimStatus })[] {
  const whole = shuffle(rng, sentences).slice(0, Math.min(count, Math.floor(sentences.length * 0.75)));
  const spans = new Map<string, Span>(whole.map((s) => [`${s.start}:${s.end}`, { start: s.start, end: s.end }]));
  while (spans.size < count) {
    const phrase = subPhrase(rng, pick(rng, sentences));
    if (phrase) spans.set(`${phrase.start}:${phrase.end}`, phrase);
  }
  return [...spans.values()].map((span) => ({ ...span, status: randomStatus(rng) }));
}

const COMMENT_WORDS = "vérifier source chiffre contradiction appel attendre rapport préfecture confirm figure call back document page date quote wrong right".split(" ");

function commentBody(rng: Rng): string {
  return Array.from({ length: between(rng, 5, 30) }, () => pick(rng, COMMENT_WORDS)).join(" ") + ".";
}

/** Creates the article and its review data through the API; see the module comment. */
export async function seedArticle(api: ApiClient, article: GeneratedArticle, { seed, counts }: { seed: number; counts: SeedCounts }): Promise<SeededArticle> {
  const rng = createRng(seed);
  const created = await api.call<{ id: number; text: string }>("POST", "/articles", { title: article.title, language: article.language, markdown: article.markdown });
  const { sentences } = await api.call<{ sentences: Sentence[] }>("GET", `/articles/${created.id}/sentences`);

  // Every random choice is made before the requests go out, so concurrency cannot reorder them.
  const claimBodies = chooseClaimSpans(rng, sentences, counts.claims).map((span) => ({ ...span, ...(rng() < 0.2 ? { note: commentBody(rng) } : {}) }));
  const claims = await inPool(claimBodies, 8, async (body) => api.call<Claim>("POST", `/articles/${created.id}/annotations`, body));

  const rootCount = Math.round(counts.comments * 0.7);
  const rootBodies = Array.from({ length: rootCount }, () => ({ claimId: pick(rng, claims).id, body: commentBody(rng) }));
  const roots = await inPool(rootBodies, 8, async ({ claimId, body }) => api.call<{ id: number; claimId: number }>("POST", `/annotations/${claimId}/comments`, { body }));
  const replyBodies = Array.from({ length: counts.comments - rootCount }, () => ({ root: pick(rng, roots), body: commentBody(rng) }));
  await inPool(replyBodies, 8, async ({ root, body }) => api.call("POST", `/annotations/${root.claimId}/comments`, { body, parentId: root.id }));
  // A fifth of the threads are resolved, as in an article under review.
  const resolved = roots.filter(() => rng() < 0.2);
  await inPool(resolved, 8, async (root) => api.call("PATCH", `/comments/${root.id}`, { resolved: true }));

  const sourced = claims.filter((c) => c.status === "sourced");
  const sourceBodies = Array.from({ length: counts.sources }, (_, i) => ({
    claimId: pick(rng, sourced.length > 0 ? sourced : claims).id,
    url: `https://example.org/evidence/${i + 1}`,
    title: `Evidence ${i + 1}`,
    excerpt: commentBody(rng),
  }));
  await inPool(sourceBodies, 8, async ({ claimId, ...body }) => api.call("POST", `/annotations/${claimId}/sources`, body));

  const touched = (s: Sentence) => claims.some((c) => c.start < s.end && c.end > s.start);
  return { articleId: created.id, text: created.text, sentences, claims, untagged: sentences.filter((s) => !touched(s)) };
}
