import type { RestorePreview } from "@/lib/api/dto";

function claims(count: number): string {
  return count === 1 ? "1 claim" : `${count} claims`;
}

/**
 * The lines of the restore confirmation: what happens to the claims, one outcome per line, only
 * the outcomes that occur. Orphaned comes first: it is the one that asks for work afterwards.
 */
export function describeRestorePreview(preview: RestorePreview): string[] {
  const { kept, moved, requoted, orphaned } = preview;
  if (kept + moved + requoted + orphaned === 0) return ["The article has no claims: none will move."];
  const lines: string[] = [];
  if (orphaned > 0) lines.push(`${claims(orphaned)} will be orphaned: ${orphaned === 1 ? "its" : "their"} text is not in revision ${preview.number}. Orphaned claims are kept apart, with their sources and comments, to re-attach by hand.`);
  if (requoted > 0) lines.push(`${claims(requoted)} will follow a rewording: ${requoted === 1 ? "its quote changes" : "their quotes change"} to the words of revision ${preview.number}.`);
  if (moved > 0) lines.push(`${claims(moved)} will move with ${moved === 1 ? "its" : "their"} text.`);
  if (kept > 0) lines.push(`${claims(kept)} will stay where ${kept === 1 ? "it is" : "they are"}.`);
  return lines;
}
