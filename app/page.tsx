import Link from "next/link";
import { ArticleList } from "@/components/articles/ArticleList";
import { StatusLegend } from "@/components/claims/StatusLegend";
import { listArticles } from "@/server/articles/list-articles";
import { appContext } from "@/server/context";

export const dynamic = "force-dynamic";

export default function HomePage() {
  const articles = listArticles(appContext());
  return (
    <div className="page">
      <div className="page-head">
        <h1>Articles</h1>
        <Link className="button button-primary" href="/articles/new">
          New article
        </Link>
      </div>
      <StatusLegend />
      <ArticleList articles={articles} />
    </div>
  );
}
