import type { Metadata } from "next";
import { NewArticleForm } from "@/components/articles/NewArticleForm";
import { createArticleAction } from "./actions";

export const metadata: Metadata = { title: "New article" };

export default function NewArticlePage() {
  return (
    <div className="page page-narrow">
      <h1>New article</h1>
      <p className="lede">Paste the article&apos;s text. Blank lines separate paragraphs; choose Markdown to keep headings, lists and emphasis.</p>
      <NewArticleForm action={createArticleAction} />
    </div>
  );
}
