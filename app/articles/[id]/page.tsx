import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Workspace } from "@/components/workspace/Workspace";
import { AppError } from "@/lib/api/app-error";
import { ZId } from "@/lib/api/schemas";
import { getArticle } from "@/server/articles/get-article";
import { listSentences } from "@/server/articles/list-sentences";
import { listClaims } from "@/server/claims/list-claims";
import { appContext } from "@/server/context";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

function loadWorkspace(rawId: string) {
  const id = ZId.safeParse(rawId);
  if (!id.success) notFound();
  const ctx = appContext();
  try {
    return {
      article: getArticle(ctx, { articleId: id.data }),
      sentences: listSentences(ctx, { articleId: id.data }),
      claims: listClaims(ctx, { articleId: id.data }),
    };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: loadWorkspace((await params).id).article.title };
}

export default async function ArticlePage({ params }: Props) {
  const { article, sentences, claims } = loadWorkspace((await params).id);
  return <Workspace article={article} sentences={sentences} initialClaims={claims} />;
}
