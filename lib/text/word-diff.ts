import { diffWords } from "diff";

/** One run of a word diff: text both versions share, or text only the later (added) or earlier (removed) one has. */
export type WordDiffPart = { kind: "same" | "added" | "removed"; text: string };

/**
 * How `after` differs from `before`, word by word, with adjacent runs of the same kind merged.
 * Like `diffWords`, it ignores changes of whitespace alone (a shared run carries `after`'s
 * spacing), so the shared and added runs always spell `after`. Should the diff take longer than
 * `timeoutMs` (a text rewritten from top to bottom), the answer is the whole of `before` removed
 * and the whole of `after` added rather than a stalled page.
 */
export function wordDiff(before: string, after: string, { timeoutMs = 2000 }: { timeoutMs?: number } = {}): WordDiffPart[] {
  const changes = diffWords(before, after, { timeout: timeoutMs }) ?? [
    { value: before, added: false, removed: true },
    { value: after, added: true, removed: false },
  ];
  const parts: WordDiffPart[] = [];
  for (const change of changes) {
    if (change.value === "") continue;
    const kind = change.added ? "added" : change.removed ? "removed" : "same";
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += change.value;
    else parts.push({ kind, text: change.value });
  }
  return parts;
}
