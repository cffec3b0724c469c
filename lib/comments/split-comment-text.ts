import type { LinkifyIt } from "linkify-it";
import { findMentions, type MentionCandidate } from "./find-mentions";

/** A piece of a comment's text, to be drawn as text, a link or a highlighted @mention. */
export type CommentSegment =
  | { kind: "text"; text: string }
  | { kind: "link"; text: string; href: string }
  | { kind: "mention"; text: string; personId: string };

export type SplitCommentOptions = {
  /** A linkify-it instance (only `match` is used), so the caller sets its options once. */
  linkify: Pick<LinkifyIt, "match">;
  /** People who can be @mentioned; handles are compared case-insensitively. */
  handles: MentionCandidate[];
};

/** Only these schemes become links: never javascript:, data:, ftp: or protocol-relative "//". */
const LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

function isLinkable(url: string): boolean {
  try {
    return LINK_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

type Piece = { start: number; end: number; segment: CommentSegment };

/**
 * Splits a comment's plain text into text, link and mention segments, in order; joined, their
 * `text` is the body unchanged. Mentions are found by the server's own rule (`findMentions`), so
 * what is highlighted is what the comment's `mentions` list; an "@" inside an address is not a
 * mention. An address whose scheme is not http, https or mailto stays text. Nothing here is HTML:
 * the caller renders every segment as text (or as the text of an <a>).
 */
export function splitCommentText(body: string, { linkify, handles }: SplitCommentOptions): CommentSegment[] {
  const links = linkify.match(body) ?? [];
  const insideLink = (start: number, end: number) => links.some((link) => start < link.lastIndex && link.index < end);
  const pieces: Piece[] = [
    ...links
      .filter((link) => isLinkable(link.url))
      .map((link) => ({ start: link.index, end: link.lastIndex, segment: { kind: "link", text: body.slice(link.index, link.lastIndex), href: link.url } as const })),
    ...findMentions(body, handles)
      .filter((mention) => !insideLink(mention.start, mention.end))
      .map((mention) => ({ start: mention.start, end: mention.end, segment: { kind: "mention", text: body.slice(mention.start, mention.end), personId: mention.person.id } as const })),
  ].sort((a, b) => a.start - b.start);

  const segments: CommentSegment[] = [];
  let last = 0;
  for (const piece of pieces) {
    if (piece.start > last) segments.push({ kind: "text", text: body.slice(last, piece.start) });
    segments.push(piece.segment);
    last = piece.end;
  }
  if (last < body.length) segments.push({ kind: "text", text: body.slice(last) });
  return segments;
}
