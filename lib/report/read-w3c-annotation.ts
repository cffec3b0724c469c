import { MAX_COMMENT, MAX_NOTE } from "../api/limits";
import { ZCreateSource } from "../api/review-schemas";
import { isClaimStatus, type ClaimStatus } from "../claims/statuses";
import { cleanImportedName } from "./imported-author";
import { RESOLVED_TAG } from "./to-w3c";
import type { TW3cAnnotation, TW3cBody, TW3cTextPositionSelector, TW3cTextQuoteSelector } from "./w3c-import-schema";

/** A source of an imported claim, checked as the sources API checks one. */
export type ImportedSource = { url: string; title: string; excerpt: string; note: string; addedBy: string; createdAt: string | null };

/** An annotation that says something about the text: it becomes a claim. */
export type ImportedClaim = {
  kind: "claim";
  status: ClaimStatus;
  note: string;
  position: TW3cTextPositionSelector | undefined;
  quote: TW3cTextQuoteSelector | null;
  sources: ImportedSource[];
  /** Sources left out, with why (e.g. a `javascript:` address). */
  refusedSources: string[];
};

/** An annotation that comments on a claim or replies to a comment: it becomes part of a thread. */
export type ImportedComment = {
  kind: "comment";
  /** The `id` of the annotation it answers. */
  target: string;
  /** Null when it has no text (a deleted first comment that still holds its thread's replies). */
  body: string | null;
  author: string;
  createdAt: string | null;
  modifiedAt: string | null;
  resolved: { at: string | null; by: string | null } | null;
};

export type ImportedItem = ImportedClaim | ImportedComment | { kind: "skip"; reason: string };

const has = (list: string[] | undefined, value: string) => list?.includes(value) ?? false;
const first = (list: string[] | undefined) => list?.[0] ?? "";

/** An ISO date from a file, or null when it is none. */
function dateOf(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** A creator as a name: a Person's name or nickname, or the IRI itself (e.g. `acct:rita@hypothes.is`). */
function nameOf(creator: unknown): string {
  const one = Array.isArray(creator) ? creator[0] : creator;
  if (typeof one === "string") return cleanImportedName(one);
  if (typeof one !== "object" || one === null) return "";
  const { name, nickname, id } = one as Record<string, unknown>;
  const text = [name, nickname, id].find((v): v is string => typeof v === "string" && v.trim() !== "");
  return text ? cleanImportedName(text) : "";
}

/** The first tag that is a Claimcheck status (any case), e.g. the body Claimcheck exports first. */
function statusOf(bodies: TW3cBody[]): ClaimStatus | null {
  for (const body of bodies) {
    const value = body.value?.trim().toLowerCase();
    if (has(body.purpose, "tagging") && isClaimStatus(value)) return value;
  }
  return null;
}

/**
 * Text meant to be read: a TextualBody that is not a tag and names no creator of its own.
 * Claimcheck writes a claim's note that way; Hypothesis writes an annotation's text as a body
 * without purpose. (Claimcheck's exports before threads travelled as annotations put comments
 * in the claim's bodies, each with its creator: those are not the note.)
 */
function textOf(bodies: TW3cBody[]): string | null {
  const text = bodies.find((b) => b.value !== undefined && !has(b.purpose, "tagging") && b.creator === undefined && (b.purpose === undefined || has(b.purpose, "commenting") || has(b.purpose, "describing")));
  return text?.value ?? null;
}

function noteOf(bodies: TW3cBody[]): string {
  const text = textOf(bodies)?.trim() ?? "";
  return text.length > MAX_NOTE ? `${text.slice(0, MAX_NOTE - 1)}…` : text;
}

/** A claim's sources: SpecificResource bodies with the `linking` purpose, each checked like the API's input. */
function sourcesOf(bodies: TW3cBody[], fallbackDate: string | null): { sources: ImportedSource[]; refused: string[] } {
  const sources: ImportedSource[] = [];
  const refused: string[] = [];
  for (const body of bodies) {
    if (!has(body.purpose, "linking") || !body.source) continue;
    const url = body.source.id ?? "";
    const excerpt = body.selector?.find((s): s is TW3cTextQuoteSelector => s.type === "TextQuoteSelector")?.exact ?? "";
    const input = { url, title: first(body.source.label).trim() || url.slice(0, 300), excerpt, note: first(body.label) };
    const checked = ZCreateSource.safeParse(input);
    if (!checked.success) {
      refused.push(`source ${JSON.stringify(url.slice(0, 80))} left out: ${checked.error.issues.map((i) => i.message).join("; ")}`);
      continue;
    }
    const { title, excerpt: e = "", note = "" } = checked.data;
    sources.push({ url: checked.data.url, title, excerpt: e, note, addedBy: nameOf(body.creator), createdAt: dateOf(body.created) ?? fallbackDate });
  }
  return { sources, refused };
}

/** Where the annotation points in a text: its first target with text selectors (Hypothesis: target[0]). */
function textSelectorsOf(annotation: TW3cAnnotation) {
  const selectors = annotation.target.map((t) => t.selector ?? []).find((list) => list.some((s) => s.type === "TextQuoteSelector" || s.type === "TextPositionSelector"));
  return {
    quote: (selectors?.find((s) => s.type === "TextQuoteSelector") as TW3cTextQuoteSelector | undefined) ?? null,
    position: selectors?.find((s) => s.type === "TextPositionSelector") as TW3cTextPositionSelector | undefined,
  };
}

/** A comment or reply: an annotation commenting on, or replying to, another annotation by its IRI. */
function readComment(annotation: TW3cAnnotation): ImportedItem {
  const target = annotation.target[0]?.source;
  if (!target) return { kind: "skip", reason: "a comment or reply whose target is not the id of another annotation" };
  const bodies = annotation.body ?? [];
  const text = textOf(bodies);
  if (text !== null && text.trim() === "") return { kind: "skip", reason: "a comment without text" };
  if (text !== null && text.length > MAX_COMMENT) return { kind: "skip", reason: `a comment longer than ${MAX_COMMENT.toLocaleString("en")} characters` };
  const resolvedTag = bodies.find((b) => has(b.purpose, "tagging") && b.value?.trim().toLowerCase() === RESOLVED_TAG);
  return {
    kind: "comment",
    target,
    body: text,
    author: nameOf(annotation.creator),
    createdAt: dateOf(annotation.created),
    modifiedAt: dateOf(annotation.modified),
    resolved: resolvedTag ? { at: dateOf(resolvedTag.created), by: resolvedTag.creator === undefined ? null : nameOf(resolvedTag.creator) } : null,
  };
}

/**
 * What one W3C annotation brings to Claimcheck, decided from the annotation alone:
 * - a **claim** when a `tagging` body's value is a status (sourced, unsourced, disputed): its note
 *   (see `textOf`), its sources (`linking` SpecificResource bodies) and where it points;
 * - a **comment** when it has no status, targets another annotation by IRI (no text selector) and
 *   is motivated by `commenting` or `replying`: its text, creator's name, dates, and a `resolved`
 *   tag on a thread's first comment;
 * - else **skip**, with the reason.
 */
export function readW3cAnnotation(annotation: TW3cAnnotation): ImportedItem {
  const bodies = annotation.body ?? [];
  const status = statusOf(bodies);
  const { quote, position } = textSelectorsOf(annotation);
  if (!status) {
    const answers = has(annotation.motivation, "replying") || has(annotation.motivation, "commenting");
    if (answers && !quote && !position) return readComment(annotation);
    return { kind: "skip", reason: "no Claimcheck status: no tagging body whose value is sourced, unsourced or disputed" };
  }
  if (!quote && !position) return { kind: "skip", reason: "no TextQuoteSelector or TextPositionSelector in its target" };
  const { sources, refused } = sourcesOf(bodies, dateOf(annotation.created));
  return { kind: "claim", status, note: noteOf(bodies), position, quote, sources, refusedSources: refused };
}
