import type { CommentThread, Source } from "@/lib/api/dto";
import type { ReportClaim, ReportModel } from "@/lib/report/report-model";

/** French typography on purpose: « », ’, é, œ, —, € and a narrow no-break space (U+202F). */
export const REPORT_TEXT = [
  "Le gouvernement promet « une réforme d’ampleur » dès janvier. Le dispositif sera mise en place au printemps.",
  "Selon l’entourage du ministre, le cœur du projet coûtera 3\u202f000\u202f€ par foyer — un chiffre contesté.",
].join("\n\n");

const AT = "2026-03-14T09:30:00.000Z";
const ANA = { id: "u-ana", name: "Ana Vérificatrice" };

function spanOf(phrase: string): { start: number; end: number } {
  const start = REPORT_TEXT.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the fixture text`);
  return { start, end: start + phrase.length };
}

export function makeSource(overrides: Partial<Source> = {}): Source {
  return { id: 1, claimId: 1, url: "https://www.example.org/communique", title: "Communiqué du ministère", excerpt: "« Nous mettrons en place la réforme. »", note: "", addedBy: ANA, version: 1, createdAt: AT, updatedAt: AT, ...overrides };
}

export function makeThread(overrides: Partial<CommentThread> = {}): CommentThread {
  return { id: 1, claimId: 1, parentId: null, author: ANA, body: "Quelle source ?", deleted: false, edited: false, version: 1, createdAt: AT, updatedAt: AT, mentions: [], resolved: null, replies: [], ...overrides };
}

/** A claim on the first occurrence of `phrase` in the fixture text, numbered `number`. */
export function makeReportClaim(number: number, phrase: string, overrides: Partial<ReportClaim> = {}): ReportClaim {
  const { start, end } = spanOf(phrase);
  return {
    id: number * 10,
    articleId: 1,
    revision: 1,
    status: "unsourced",
    note: "",
    start,
    end,
    quote: { exact: phrase, prefix: REPORT_TEXT.slice(Math.max(0, start - 32), start), suffix: REPORT_TEXT.slice(end, end + 32) },
    version: 1,
    orphaned: false,
    author: ANA,
    createdAt: AT,
    updatedAt: AT,
    number,
    sources: [],
    threads: [],
    history: [{ id: number, type: "claim.created", at: AT, actor: ANA, claimId: number * 10, summary: "tagged the claim as unsourced", quote: null, comment: null }],
    openThread: false,
    ...overrides,
  };
}

/** A complete report of the fixture article with three claims, one of each status; override any part. */
export function makeReportModel(overrides: Partial<ReportModel> = {}): ReportModel {
  const claims = [
    makeReportClaim(1, "« une réforme d’ampleur »", { status: "sourced", note: "Annoncé en conseil des ministres.", sources: [makeSource()] }),
    makeReportClaim(2, "Le dispositif sera mise en place", { status: "unsourced", threads: [makeThread()], openThread: true }),
    makeReportClaim(3, "le cœur du projet coûtera 3\u202f000\u202f€ par foyer", { status: "disputed", note: "Le chiffre de l’œuvre citée diffère — 2\u202f500\u202f€." }),
  ];
  return {
    article: {
      id: 1,
      title: "Réforme : « l’œuvre » d’un été à 3\u202f000\u202f€",
      language: "fr",
      byline: "Élise Dupré",
      sourceUrl: "https://journal.example.fr/reforme",
      state: "in_review",
      revision: 2,
      createdAt: AT,
      updatedAt: AT,
      verifiedBy: null,
      verifiedAt: null,
      signOff: null,
      openThreads: 1,
      text: REPORT_TEXT,
      url: "https://journal.example.fr/reforme",
    },
    reportUrl: "https://claimcheck.example.org/articles/1/report",
    organisation: { name: "Claimcheck", url: null },
    figures: { sentences: 3, sentencesChecked: 3, claims: 3, byStatus: { sourced: 1, unsourced: 1, disputed: 1 }, openThreads: 1, sourcedWithoutSource: 0, orphaned: 0 },
    signOff: null,
    claims,
    filterDescription: null,
    generatedAt: AT,
    generatedBy: ANA,
    ...overrides,
  };
}
