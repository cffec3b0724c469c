import type { Metadata } from "next";
import { NewArticleForm } from "@/components/articles/NewArticleForm";
import { can, ROLE_META } from "@/lib/auth/permissions";
import { requirePageContext } from "@/server/auth/page-context";
import { createArticleAction } from "./actions";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage() {
  const ctx = await requirePageContext("/articles/new");
  return (
    <div className="page page-narrow">
      <h1>New article</h1>
      {can(ctx.actor.role, "article.create") ? (
        <>
          <p className="lede">
            Paste the article&apos;s text (blank lines separate paragraphs), Markdown, or formatted text copied from a web page or a word processor; or upload a
            file. Headings, lists, emphasis and links are kept.
          </p>
          <NewArticleForm action={createArticleAction} />
        </>
      ) : (
        <p role="alert" className="notice notice--error">
          Only journalists and admins create articles; you are signed in as a {ROLE_META[ctx.actor.role].label.toLowerCase()}.
        </p>
      )}
    </div>
  );
}
