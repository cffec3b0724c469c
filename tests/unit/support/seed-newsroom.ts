import type { Db } from "@/db/client";
import { plainTextToDoc } from "@/lib/text";
import { createArticle } from "@/server/articles/create-article";
import { getArticle } from "@/server/articles/get-article";
import { updateArticleText } from "@/server/articles/update-article-text";
import { createClaim } from "@/server/claims/create-claim";
import { getClaim } from "@/server/claims/get-claim";
import { listClaims } from "@/server/claims/list-claims";
import { updateClaim } from "@/server/claims/update-claim";
import { createComment } from "@/server/comments/create-comment";
import { listThreads } from "@/server/comments/list-threads";
import { setThreadResolved } from "@/server/comments/set-thread-resolved";
import { SYSTEM_ACTOR, type Actor, type ServiceContext } from "@/server/context";
import { listArticleActivity } from "@/server/history/list-article-activity";
import { listClaimHistory } from "@/server/history/list-claim-history";
import { createPerson } from "@/server/people/create-person";
import { listPeople } from "@/server/people/list-people";
import { importW3cAnnotations } from "@/server/report/import-w3c-annotations";
import { getRevision } from "@/server/revisions/get-revision";
import { listRevisions } from "@/server/revisions/list-revisions";
import { addSource } from "@/server/sources/add-source";
import { listSources } from "@/server/sources/list-sources";
import { createToken } from "@/server/tokens/create-token";
import { listTokens } from "@/server/tokens/list-tokens";

export const NEWSROOM_PASSWORD = "correct horse battery";

/** What `seedNewsroom` made, to find it again in a copy. */
export type Newsroom = { admin: Actor; adminEmail: string; reviewer: Actor; token: string; articleId: number; claimIds: number[] };

/** A clock that ticks one second per call from a fixed start: deterministic times in every row. */
function tickingClock(start = "2026-03-02T08:00:00.000Z"): () => Date {
  let tick = 0;
  return () => new Date(Date.parse(start) + 1000 * tick++);
}

const TAGGED_ONE_BY_ONE = 30;

const sentence = (i: number) => `Selon le rapport ${i}, le budget de la commune a augmenté de ${(i % 90) + 1} % en ${1990 + (i % 30)}.`;

/** A text of `count` numbered sentences, ten per paragraph, and where each sentence lies. */
function numberedText(count: number): { text: string; spans: { start: number; end: number }[] } {
  const paragraphs: string[] = [];
  const spans: { start: number; end: number }[] = [];
  let offset = 0;
  for (let p = 0; p * 10 < count; p++) {
    const sentences: string[] = [];
    for (let i = p * 10; i < Math.min(count, p * 10 + 10); i++) {
      const text = sentence(i);
      spans.push({ start: offset, end: offset + text.length });
      offset += text.length + 1;
      sentences.push(text);
    }
    paragraphs.push(sentences.join(" "));
    offset += 1; // "\n\n" between paragraphs, where the sentence's " " counted one
  }
  return { text: paragraphs.join("\n\n"), spans };
}

/**
 * A newsroom's database as people leave it, made through the services: people (one with an API
 * token), an article of `claims` claims with their events (some tagged one by one, most imported),
 * a comment thread (resolved), sources, a changed status, and a second revision of the text that
 * re-anchors every claim (moved, one reworded, one orphaned), which writes an event per claim.
 */
export async function seedNewsroom(db: Db, { claims = 2_000 }: { claims?: number } = {}): Promise<Newsroom> {
  const now = tickingClock();
  const system: ServiceContext = { db, actor: SYSTEM_ACTOR, now };
  const adminEmail = "ada@example.org";
  const { person: admin } = await createPerson(system, { name: "Ada Lovelace", email: adminEmail, role: "admin", password: NEWSROOM_PASSWORD });
  const { person: reviewer } = await createPerson(system, { name: "Rémi Relecteur", email: "remi@example.org", role: "reviewer", password: NEWSROOM_PASSWORD });
  const asAdmin: ServiceContext = { db, actor: { id: admin.id, name: admin.name, role: "admin" }, now };
  const asReviewer: ServiceContext = { db, actor: { id: reviewer.id, name: reviewer.name, role: "reviewer" }, now };
  const { token } = await createToken(asReviewer, { name: "wire import" });

  const { text, spans } = numberedText(claims + 10);
  const articleId = (await createArticle(asAdmin, { title: "Le budget des communes", language: "fr", text })).id;
  const statuses = ["sourced", "unsourced", "disputed"] as const;
  const note = (i: number) => (i % 7 === 0 ? `note ${i}` : "");
  // The first claims one by one, as people tag; the rest as a newsroom's script imports them
  // (W3C Web Annotations, one transaction), some with a source.
  for (let i = 0; i < TAGGED_ONE_BY_ONE; i++) {
    const tagger = i % 2 === 0 ? asAdmin : asReviewer;
    await createClaim(tagger, { articleId, input: { ...spans[i], status: statuses[i % 3], ...(note(i) ? { note: note(i) } : {}) } });
  }
  const imported = Array.from({ length: claims - TAGGED_ONE_BY_ONE }, (_, k) => {
    const i = TAGGED_ONE_BY_ONE + k;
    const body: Record<string, unknown>[] = [{ type: "TextualBody", purpose: "tagging", value: statuses[i % 3] }];
    if (note(i)) body.push({ type: "TextualBody", purpose: "commenting", value: note(i) });
    if (i % 10 === 0) body.push({ type: "SpecificResource", purpose: "linking", source: { id: `https://example.org/rapport-${i}.pdf`, label: `Rapport ${i}` } });
    const selector = [{ type: "TextQuoteSelector", exact: text.slice(spans[i].start, spans[i].end) }, { type: "TextPositionSelector", ...spans[i] }];
    return { id: `urn:claimcheck-test:${i}`, type: "Annotation", motivation: "assessing", body, target: [{ source: "urn:claimcheck-test:article", selector }] };
  });
  await importW3cAnnotations(asReviewer, { articleId, collection: imported });
  const claimIds = (await listClaims(asAdmin, { articleId })).map((claim) => claim.id).sort((a, b) => a - b);

  const root = await createComment(asReviewer, { claimId: claimIds[1], input: { body: "D’où vient ce chiffre ? @Ada" } });
  await createComment(asAdmin, { claimId: claimIds[1], input: { body: "Du rapport annuel, page 12.", parentId: root.id } });
  await setThreadResolved(asReviewer, { commentId: root.id, resolved: true });
  await createComment(asAdmin, { claimId: claimIds[2], input: { body: "Toujours ouvert." } });
  for (const claimId of [claimIds[0], claimIds[claims - 1]]) {
    await addSource(asReviewer, { claimId, input: { url: "https://example.org/rapport.pdf", title: "Rapport annuel", excerpt: "page 12", note: "confirme" } });
  }
  const changed = await getClaim(asAdmin, { claimId: claimIds[3] });
  await updateClaim(asAdmin, { claimId: changed.id, input: { status: "disputed", note: "contesté", version: changed.version } });

  // A new lead paragraph moves every claim; one sentence reworded, one deleted.
  const edited = ["Un paragraphe ajouté en tête de l’article.", text.replace(sentence(4), sentence(4).replace("budget", "budget total")).replace(`${sentence(5)} `, "")].join("\n\n");
  await updateArticleText(asAdmin, { articleId, content: plainTextToDoc(edited), baseRevision: 1 });

  return { admin: asAdmin.actor!, adminEmail, reviewer: asReviewer.actor!, token, articleId, claimIds };
}

/**
 * Everything people see of the newsroom, read through the services: to compare a copy with its
 * source, whatever engine each is on.
 */
export async function readNewsroom(db: Db, newsroom: Newsroom): Promise<Record<string, unknown>> {
  const ctx: ServiceContext = { db, actor: newsroom.admin, now: () => new Date("2026-03-03T00:00:00.000Z") };
  const { articleId, claimIds } = newsroom;
  const article = await getArticle(ctx, { articleId });
  const activity = [];
  for (let beforeId: number | undefined, page; ; beforeId = page.nextBefore) {
    page = await listArticleActivity(ctx, { articleId, beforeId, limit: 500 });
    activity.push(...page.entries);
    if (page.nextBefore === null) break;
  }
  const sampled = [0, 1, 2, 3, 4, 5, claimIds.length - 1].map((i) => claimIds[i]);
  return {
    article,
    claims: await listClaims(ctx, { articleId }),
    revisions: await listRevisions(ctx, { articleId }),
    newestRevision: await getRevision(ctx, { articleId, number: article.revision }),
    activity,
    histories: await Promise.all(sampled.map((claimId) => listClaimHistory(ctx, { claimId }))),
    threads: await Promise.all(sampled.map((claimId) => listThreads(ctx, { claimId }))),
    sources: await Promise.all(sampled.map((claimId) => listSources(ctx, { claimId }))),
    people: await listPeople(ctx),
    reviewerTokens: await listTokens({ ...ctx, actor: newsroom.reviewer }),
  };
}
