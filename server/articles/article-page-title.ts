import "server-only";
import { ZId } from "@/lib/api/schemas";
import { optionalPageContext } from "../auth/page-context";
import { getArticle } from "./get-article";

/**
 * The title of one of an article's pages: "Revisions — <article title>" (the layout adds
 * " · Claimcheck"), so a tab, a bookmark and the history say which article it is. Just the page's
 * name when the article cannot be read (signed out, no right, no such article): the page itself
 * says why.
 */
export async function articlePageTitle(rawId: string, page: string): Promise<string> {
  const id = ZId.safeParse(rawId);
  if (!id.success) return page;
  try {
    const ctx = await optionalPageContext();
    if (!ctx.actor) return page;
    return `${page} — ${(await getArticle(ctx, { articleId: id.data })).title}`;
  } catch {
    return page;
  }
}
