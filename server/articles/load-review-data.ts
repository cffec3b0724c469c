import "server-only";
import type { ReviewData } from "@/lib/api/dto";
import type { ServiceContext } from "../context";
import { listArticleThreads } from "../comments/list-article-threads";
import { listMentionablePeople } from "../people/list-mentionable-people";
import { listArticleSources } from "../sources/list-article-sources";

/** What the workspace needs beside the claims: every claim's threads and sources, and who can be mentioned. */
export async function loadReviewData(ctx: ServiceContext, { articleId }: { articleId: number }): Promise<ReviewData> {
  return {
    threadsByClaim: await listArticleThreads(ctx, { articleId }),
    sourcesByClaim: await listArticleSources(ctx, { articleId }),
    people: await listMentionablePeople(ctx),
  };
}
