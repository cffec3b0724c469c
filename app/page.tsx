import Link from "next/link";
import { ArticleList } from "@/components/articles/ArticleList";
import { StatusLegend } from "@/components/claims/StatusLegend";
import { can } from "@/lib/auth/permissions";
import { listArticles } from "@/server/articles/list-articles";
import { requirePageContext } from "@/server/auth/page-context";

export default async function HomePage() {
  const ctx = await requirePageContext("/");
  const articles = await listArticles(ctx);
  return (
    <div className="page">
      <div className="page-head">
        <h1>Articles</h1>
        {can(ctx.actor.role, "article.create") ? (
          <Link className="button button-primary" href="/articles/new">
            New article
          </Link>
        ) : null}
      </div>
      <StatusLegend />
      <ArticleList articles={articles} />
    </div>
  );
}
