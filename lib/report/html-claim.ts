import type { Comment, CommentThread, HistoryEntry, Source } from "../api/dto";
import { STATUS_META } from "../claims/statuses";
import { formatTimestamp } from "../format/format-timestamp";
import { describeEntry } from "../history/describe-event";
import { isSafeSourceUrl } from "../sources/is-safe-source-url";
import { escapeHtml as e } from "./escape-html";
import type { ReportClaim } from "./report-model";

/** An http(s) address as a link that passes no referrer or ranking; anything else as text. */
export function externalLink(url: string, text: string): string {
  return isSafeSourceUrl(url) ? `<a href="${e(url)}" rel="noopener noreferrer nofollow">${e(text)}</a>` : e(text);
}

function sourceItem(source: Source): string {
  const excerpt = source.excerpt ? `<blockquote>${e(source.excerpt)}</blockquote>` : "";
  const note = source.note ? `<p class="note">${e(source.note)}</p>` : "";
  const by = source.addedBy ? `<p class="hint">added by ${e(source.addedBy.name)}</p>` : "";
  return `<li>${externalLink(source.url, source.title || source.url)} <span class="url">${e(source.url)}</span>${excerpt}${note}${by}</li>`;
}

function commentBlock(comment: Comment): string {
  const head = `<p class="hint"><strong>${e(comment.author?.name ?? "Unknown author")}</strong> · ${e(formatTimestamp(comment.createdAt))}${comment.edited ? " · edited" : ""}</p>`;
  return head + (comment.deleted ? `<p class="hint"><em>comment deleted</em></p>` : `<p class="body">${e(comment.body)}</p>`);
}

function threadItem(thread: CommentThread): string {
  const state = thread.resolved ? `<p class="hint">Resolved by ${e(thread.resolved.by?.name ?? "someone")} · ${e(formatTimestamp(thread.resolved.at))}</p>` : `<p class="hint"><span class="flag">Open thread</span></p>`;
  const replies = thread.replies.length > 0 ? `<ol>${thread.replies.map((reply) => `<li>${commentBlock(reply)}</li>`).join("")}</ol>` : "";
  return `<li>${commentBlock(thread)}${replies}${state}</li>`;
}

/** `shownQuote`: the claim's quote above the list, which a line does not repeat. */
function historyItem(entry: HistoryEntry, shownQuote: string): string {
  return `<li><strong>${e(entry.actor?.name ?? "Someone")}</strong> ${e(describeEntry(entry, shownQuote))} · <time datetime="${e(entry.at)}">${e(formatTimestamp(entry.at))}</time></li>`;
}

function list(heading: string, items: string[], empty: string, ordered = false): string {
  const tag = ordered ? "ol" : "ul";
  return `<h4>${heading}</h4>${items.length > 0 ? `<${tag}>${items.join("")}</${tag}>` : `<p class="hint">${empty}</p>`}`;
}

/** One claim of the report: number, status, quote, note, sources, threads and history. */
export function claimSection(claim: ReportClaim, language: string): string {
  const meta = STATUS_META[claim.status];
  const flags = (claim.orphaned ? ` <span class="flag">Orphaned: its text is no longer in the article</span>` : "") + (claim.openThread ? ` <span class="flag">Open thread</span>` : "");
  const byline = `${claim.author ? `Tagged by ${e(claim.author.name)} · ` : ""}${e(formatTimestamp(claim.createdAt))}`;
  return [
    `<article class="entry entry--${claim.status}" id="claim-${claim.number}">`,
    `<h3><span class="claim-number">${claim.number}.</span> <span class="badge badge--${claim.status}"><span aria-hidden="true">${e(meta.icon)}</span> ${e(meta.label)}</span>${flags}</h3>`,
    `<blockquote lang="${e(language)}">${e(claim.quote.exact)}</blockquote>`,
    `<p class="hint">${byline}</p>`,
    claim.note ? `<p class="note"><strong>Note:</strong> ${e(claim.note)}</p>` : "",
    list("Sources", claim.sources.map(sourceItem), "No source."),
    list("Threads", claim.threads.map(threadItem), "No comments."),
    list("History", claim.history.map((entry) => historyItem(entry, claim.quote.exact)), "No history.", true),
    `</article>`,
  ].join("\n");
}
