import type { Comment, CommentThread, Source } from "../api/dto";
import { CLAIM_STATUSES, STATUS_META } from "../claims/statuses";
import { formatTimestamp } from "../format/format-timestamp";
import { describeEntry } from "../history/describe-event";
import { isSafeSourceUrl } from "../sources/is-safe-source-url";
import { escapeMarkdownInline, escapeMarkdownLabel, escapeMarkdownLines } from "./escape-markdown";
import { describeSignOff } from "./describe-sign-off";
import type { ReportClaim, ReportModel } from "./report-model";
import { shortenAtWord } from "./shorten-at-word";

/** Longest quote shown in a claim's heading; a longer one is shown whole as a block quote. */
const HEADING_QUOTE_LENGTH = 120;

const STATE_LABEL = { draft: "Draft", in_review: "In review", verified: "Verified" } as const;

/** A link when `url` is http(s), else the escaped text alone (never a javascript: link). */
function link(text: string, url: string | null): string {
  if (!url || !isSafeSourceUrl(url)) return escapeMarkdownInline(text);
  const label = escapeMarkdownLabel(text);
  // The WHATWG serialisation percent-encodes spaces, "<" and ">", which an <…> destination forbids.
  return `[${label}](<${new URL(url).href}>)`;
}

/** User text as a paragraph (or the rest of a list item) whose continuation lines are indented. */
function block(text: string, indent = ""): string {
  return escapeMarkdownLines(text).join(`\n${indent}`);
}

function metadata(model: ReportModel): string[] {
  const { article } = model;
  const lines = [`- **Article:** ${link(article.title, article.url)}`];
  if (article.byline) lines.push(`- **Byline:** ${escapeMarkdownInline(article.byline)}`);
  lines.push(`- **Language:** ${escapeMarkdownInline(article.language)} · **Revision:** ${article.revision} · **State:** ${STATE_LABEL[article.state]}`);
  if (article.verifiedAt) {
    lines.push(`- **Verified:** ${formatTimestamp(article.verifiedAt)}${article.verifiedBy ? ` by ${escapeMarkdownInline(article.verifiedBy.name)}` : ""}`);
  }
  lines.push(`- **Published by:** ${link(model.organisation.name, model.organisation.url)}`);
  lines.push(`- **Report:** ${link(model.reportUrl, model.reportUrl)}`);
  const by = model.generatedBy ? ` by ${escapeMarkdownInline(model.generatedBy.name)}` : "";
  lines.push(`- **Generated:** ${formatTimestamp(model.generatedAt)}${by}`);
  if (model.filterDescription) lines.push(`- **Filter:** only the claims matching ${escapeMarkdownInline(model.filterDescription)}`);
  return lines;
}

function figures({ figures: f }: ReportModel): string[] {
  const rows: [string, string][] = [
    ["Sentences checked", `${f.sentencesChecked} of ${f.sentences}`],
    ["Claims", String(f.claims)],
    ...CLAIM_STATUSES.map((status): [string, string] => [`— ${STATUS_META[status].label}`, String(f.byStatus[status])]),
    ["Open threads", String(f.openThreads)],
    ["Sourced without a source", String(f.sourcedWithoutSource)],
    ["Orphaned claims", String(f.orphaned)],
  ];
  return ["| Figure | Count |", "| --- | ---: |", ...rows.map(([name, value]) => `| ${name} | ${value} |`)];
}

function source(item: Source): string {
  const parts = [`- ${link(item.title || item.url, item.url)}`];
  if (item.excerpt) parts.push(` — «${block(item.excerpt, "  ")}»`);
  if (item.note) parts.push(` — ${block(item.note, "  ")}`);
  return parts.join("");
}

function comment(item: Comment, indent: string, extra = ""): string {
  if (item.deleted) return `${indent}- _comment deleted_`;
  const who = escapeMarkdownInline(item.author?.name ?? "Unknown");
  const edited = item.edited ? " (edited)" : "";
  return `${indent}- **${who}** · ${formatTimestamp(item.createdAt)}${edited}${extra}: ${block(item.body, `${indent}  `)}`;
}

function thread(item: CommentThread): string[] {
  const resolved = item.resolved ? ` · resolved${item.resolved.by ? ` by ${escapeMarkdownInline(item.resolved.by.name)}` : ""}` : "";
  return [comment(item, "", resolved), ...item.replies.map((reply) => comment(reply, "  "))];
}

function claimSection(claim: ReportClaim): string[] {
  const label = STATUS_META[claim.status].label;
  const short = shortenAtWord(claim.quote.exact, HEADING_QUOTE_LENGTH);
  const orphaned = claim.orphaned ? " (orphaned)" : "";
  const out = [`### ${claim.number}. ${label} — «${escapeMarkdownInline(short)}»${orphaned}`, ""];
  if (short !== claim.quote.exact.replace(/\s+/g, " ").trim()) out.push(`> ${block(claim.quote.exact, "> ")}`, "");
  if (claim.orphaned) out.push("_Orphaned: this text was not found in the current revision of the article._", "");
  const author = claim.author ? `Tagged by ${escapeMarkdownInline(claim.author.name)}` : "Tagged";
  out.push(`${author} on ${formatTimestamp(claim.createdAt)} · last changed ${formatTimestamp(claim.updatedAt)}`, "");
  if (claim.note) out.push(`**Note:** ${block(claim.note)}`, "");
  if (claim.sources.length === 0) out.push("**Sources:** none", "");
  else out.push("**Sources**", "", ...claim.sources.map(source), "");
  if (claim.threads.length > 0) out.push(`**Comments**${claim.openThread ? " (open)" : ""}`, "", ...claim.threads.flatMap(thread), "");
  if (claim.history.length > 0) {
    const lines = claim.history.map((entry) => `- ${formatTimestamp(entry.at)} · ${escapeMarkdownInline(entry.actor?.name ?? "Unknown")} · ${escapeMarkdownInline(describeEntry(entry, claim.quote.exact))}`);
    out.push("**History**", "", ...lines, "");
  }
  return out;
}

/**
 * The verification report as Markdown (CommonMark with a GFM table): title, metadata, the figures
 * table, then one section per claim ("### 3. Disputed — «quote»") with its note, sources as
 * links, comment threads (replies indented, deleted comments as "comment deleted") and history.
 *
 * Everything people typed goes through `escapeMarkdownLines` (see there for the rules), so a
 * comment containing `<script>` or `[text](javascript:…)` is shown as typed, never as markup, in
 * markdown-it (raw HTML and linkify on), marked or GitHub; links are only made from http(s) URLs
 * (and a comment's bare URLs, written as explicit links to where they point). Times are UTC, so the output depends on the model alone.
 */
export function reportToMarkdown(model: ReportModel): string {
  const out = [`# Verification report: ${escapeMarkdownInline(model.article.title)}`, "", ...metadata(model), ""];
  if (model.signOff) out.push("## Sign-off", "", ...describeSignOff(model.signOff, model.article.revision).flatMap((line) => [escapeMarkdownInline(line), ""]));
  out.push("## Figures", "", ...figures(model), "");
  out.push("## Claims", "");
  if (model.claims.length === 0) out.push(model.filterDescription ? "_No claim matches the filter._" : "_No claims yet._", "");
  for (const claim of model.claims) out.push(...claimSection(claim));
  const legend = CLAIM_STATUSES.map((status) => `${STATUS_META[status].label}: ${STATUS_META[status].description}.`).join(" ");
  out.push("---", "", `_${legend}_`, "");
  return out.join("\n");
}
