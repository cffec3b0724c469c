import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportClaim } from "@/components/report/ReportClaim";
import { ReportDownloads } from "@/components/report/ReportDownloads";
import { ReportFigures } from "@/components/report/ReportFigures";
import { ReportHeader } from "@/components/report/ReportHeader";
import { ReportText } from "@/components/report/ReportText";
import styles from "@/components/report/report.module.css";
import { AppError } from "@/lib/api/app-error";
import { ZId } from "@/lib/api/schemas";
import { NO_FILTER } from "@/lib/claims/filter-claims";
import { reportFilterInput, reportFilterParams, ZReportFilterQuery } from "@/lib/report/report-query";
import { articlePageTitle } from "@/server/articles/article-page-title";
import { requirePageContext } from "@/server/auth/page-context";
import { buildReportModel } from "@/server/report/build-report-model";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await articlePageTitle((await params).id, "Report") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function toSearchParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) if (value !== undefined) params.set(key, Array.isArray(value) ? value[0] : value);
  return params;
}

/** The verification report of an article; takes the same claim filter params as the report API. */
export default async function ReportPage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const search = toSearchParams(await searchParams);
  const ctx = await requirePageContext(`/articles/${encodeURIComponent(rawId)}/report${search.size ? `?${search}` : ""}`);
  const id = ZId.safeParse(rawId);
  if (!id.success) notFound();
  const parsed = ZReportFilterQuery.safeParse(reportFilterInput(search));
  const filter = parsed.success ? parsed.data : NO_FILTER;
  const host = (await headers()).get("host");
  const baseUrl = process.env.BETTER_AUTH_URL || (host ? `http://${host}` : "http://localhost");
  try {
    const model = await buildReportModel(ctx, { articleId: id.data, filter, baseUrl, now: ctx.now() });
    return (
      <div className={styles.report}>
        <p className={styles.back}>
          <Link href={`/articles/${model.article.id}`}>← Back to the article</Link>
        </p>
        <ReportHeader model={model} />
        {parsed.success ? null : <p className="notice notice--error">The filter in the address is not valid ({parsed.error.issues.map((issue) => issue.message).join("; ")}); showing every claim.</p>}
        <ReportFigures figures={model.figures} />
        <ReportText text={model.article.text} language={model.article.language} claims={model.claims} />
        <section className={styles.section} aria-labelledby="report-claims">
          <h2 id="report-claims">Claims</h2>
          <div className={styles.claims}>
            {model.claims.length > 0 ? model.claims.map((claim) => <ReportClaim key={claim.id} claim={claim} language={model.article.language} />) : <p className="empty">{model.filterDescription ? "No claim matches the filter." : "No claims yet."}</p>}
          </div>
        </section>
        <ReportDownloads articleId={model.article.id} filterParams={reportFilterParams(filter)} />
      </div>
    );
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
