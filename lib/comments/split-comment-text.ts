import type { LinkifyIt } from "linkify-it";

/** A piece of a comment's text, to be drawn as text, a link or a highlighted @mention. */
export type CommentSegment =
  | { kind: "text"; text: string }
  | { kind: "link"; text: string; href: string }
  | { kind: "mention"; text: string; personId: string };

export type SplitCommentOptions = {
  /** A linkify-it instance (only `match` is used), so the caller chooses its options once. */
  linkify: Pick<LinkifyIt, "match">;
  /** People who can be @mentioned; handles are compared case-insensitively. */
  handles: readonly { id: string; handle: string }[];
};

/** Only these schemes become links: never javascript:, data:, ftp: or protocol-relative "//". */
const LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

// A handle ends with a word character, so "@rita." at the end of a sentence is "@rita".
const MENTION = /@([\w.-]*\w)/g;

function safeHref(url: string): string | null {
  try {
    return LINK_PROTOCOLS.has(new URL(url).protocol) ? url : null;
  } catch {
    return null;
  }
}

function splitMentions(text: string, personByHandle: Map<string, string>, out: CommentSegment[]): void {
  let last = 0;
  for (const match of text.matchAll(MENTION)) {
    const at = match.index;
    // "ana@example" is not a mention: "@" must start the text or follow a non-word character.
    if (at > 0 && /\w/.test(text[at - 1])) continue;
    const personId = personByHandle.get(match[1].toLowerCase());
    if (!personId) continue;
    if (at > last) out.push({ kind: "text", text: text.slice(last, at) });
    out.push({ kind: "mention", text: match[0], personId });
    last = at + match[0].length;
  }
  if (last < text.length) out.push({ kind: "text", text: text.slice(last) });
}

function mergeTexts(segments: CommentSegment[]): CommentSegment[] {
  const merged: CommentSegment[] = [];
  for (const segment of segments) {
    const previous = merged.at(-1);
    if (segment.kind === "text" && previous?.kind === "text") previous.text += segment.text;
    else merged.push(segment);
  }
  return merged;
}

/**
 * Splits a comment's plain text into text, link and mention segments, in order; joined, their
 * `text` is the body unchanged. Links are found first, so an "@" inside a URL is not a mention;
 * a link whose scheme is not http, https or mailto stays text. Nothing here is HTML: the caller
 * renders every segment as text (or as the text of an <a>).
 */
export function splitCommentText(body: string, { linkify, handles }: SplitCommentOptions): CommentSegment[] {
  const personByHandle = new Map(handles.map((person) => [person.handle.toLowerCase(), person.id]));
  const segments: CommentSegment[] = [];
  let last = 0;
  for (const match of linkify.match(body) ?? []) {
    const href = safeHref(match.url);
    if (!href) continue;
    splitMentions(body.slice(last, match.index), personByHandle, segments);
    segments.push({ kind: "link", text: body.slice(match.index, match.lastIndex), href });
    last = match.lastIndex;
  }
  splitMentions(body.slice(last), personByHandle, segments);
  return mergeTexts(segments);
}
