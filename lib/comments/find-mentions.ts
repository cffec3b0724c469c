/** Someone who can be @mentioned, by the handle typed after "@". */
export type MentionCandidate = { id: string; name: string; handle: string };

/** One @mention in a comment's body: its UTF-16 offsets (the "@" included, `end` exclusive). */
export type Mention = { start: number; end: number; person: { id: string; name: string } };

/**
 * The handle a person is @mentioned by: the local part of their email, lowercased
 * ("rita" for Rita@example.org).
 */
export function mentionHandle(person: { email: string }): string {
  const at = person.email.lastIndexOf("@");
  return (at < 0 ? person.email : person.email.slice(0, at)).toLowerCase();
}

// "@" not preceded by a word character (so "a@b.org" is an email, not a mention), then the
// longest run of handle characters; trailing dots are sentence punctuation, trimmed below.
const MENTION = /(?<![\p{L}\p{N}_])@([\p{L}\p{N}._-]+)/gu;

/**
 * The @mentions of known people in `body`, in order. A token counts only when its handle matches
 * one person's handle, case-insensitively; unknown @words, emails and a handle shared by several
 * people (ambiguous: better nobody than the wrong person) are plain text.
 */
export function findMentions(body: string, people: MentionCandidate[]): Mention[] {
  const byHandle = new Map<string, MentionCandidate | null>();
  for (const person of people) {
    const handle = person.handle.toLowerCase();
    byHandle.set(handle, byHandle.has(handle) ? null : person);
  }
  const mentions: Mention[] = [];
  for (const match of body.matchAll(MENTION)) {
    const handle = match[1].replace(/\.+$/, "");
    const start = match.index;
    const end = start + 1 + handle.length;
    // "@rita@example.org" is an address, not a mention of rita.
    if (handle.length === 0 || body[end] === "@") continue;
    const person = byHandle.get(handle.toLowerCase());
    if (person) mentions.push({ start, end, person: { id: person.id, name: person.name } });
  }
  return mentions;
}
