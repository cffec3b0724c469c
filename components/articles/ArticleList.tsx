import Link from "next/link";
import type { ArticleSummary } from "@/lib/api/dto";
import { CoverageBar } from "@/components/ui/CoverageBar";

const STATE_LABEL: Record<ArticleSummary["state"], string> = { draft: "Draft", in_review: "In review", verified: "Verified" };

export function ArticleList({ articles }: { articles: ArticleSummary[] }) {
  if (articles.length === 0) {
    return (
      <p className="empty">
        No articles yet. <Link href="/articles/new">Create the first one</Link>.
      </p>
    );
  }
  return (
    <ul className="article-list">
      {articles.map((article) => (
        <li key={article.id} className="article-card">
          <div className="article-card-head">
            <h2>
              <Link href={`/articles/${article.id}`}>{article.title}</Link>
            </h2>
            <span className="article-meta">
              <span lang="en">{article.language}</span> · {STATE_LABEL[article.state]} · {article.claimCount}{" "}
              {article.claimCount === 1 ? "claim" : "claims"}
            </span>
          </div>
          <CoverageBar coverage={article.progress} label={`Verification progress of ${article.title}`} />
        </li>
      ))}
    </ul>
  );
}
