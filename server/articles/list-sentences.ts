import "server-only";
import type { Sentence } from "@/lib/api/dto";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { loadCurrentText } from "./load-current-article";
import { sentencesOfRevision } from "./sentences-of-revision";

/** The sentences of an article's current text, as spans and text. */
export async function listSentences(ctx: ServiceContext, { articleId }: { articleId: number }): Promise<Sentence[]> {
  authorize(ctx, "article.read");
  const { article, revision } = await loadCurrentText(ctx.db, articleId);
  return sentencesOfRevision(revision, article.language).map((span, index) => ({
    index,
    start: span.start,
    end: span.end,
    text: revision.text.slice(span.start, span.end),
  }));
}
