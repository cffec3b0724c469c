import type { Comment, CommentThread, HistoryEntry, PersonRef, Source } from "@/lib/api/dto";
import type { ReportClaim, ReportModel } from "@/lib/report/report-model";
import { describeQuote } from "@/lib/anchoring";
import { spanOf } from "./builders";

/**
 * The report fixture's article: French typography, a flag emoji (two code points, four UTF-16
 * units) before every claim and a smiley (one code point, two units) before the last ones, so
 * W3C positions in code points differ from the stored UTF-16 offsets.
 */
export const REPORT_TEXT = [
  "🇫🇷 Le ministre a confirmé la nouvelle mardi. Selon nos sources, l’accord serait signé en mars.",
  "M. Dupont a démenti 😀. Les chiffres avancés, 3,5 millions d’euros, n’ont pas été vérifiés.",
].join("\n\n");

export const BASE_URL = "https://claimcheck.example.org";

export const people = {
  rita: { id: "u-rita", name: "Rita Réviseuse" },
  jo: { id: "u-jo", name: "Jo Journaliste" },
  ada: { id: "u-ada", name: "Ada Admin" },
} satisfies Record<string, PersonRef>;

/** "2026-01-15T09:MM:00.000Z": a fixed clock, one minute per step. */
export function at(minute: number): string {
  return new Date(Date.UTC(2026, 0, 15, 9, minute)).toISOString();
}

export function makeComment(overrides: Partial<Comment> & Pick<Comment, "id" | "claimId">): Comment {
  return { parentId: null, author: people.rita, body: "", deleted: false, edited: false, version: 1, createdAt: at(30), updatedAt: at(30), mentions: [], ...overrides };
}

export function makeThread(overrides: Partial<CommentThread> & Pick<CommentThread, "id" | "claimId">): CommentThread {
  return { ...makeComment(overrides), resolved: null, replies: [], ...overrides };
}

export function makeSource(overrides: Partial<Source> & Pick<Source, "id" | "claimId">): Source {
  return { url: "https://www.afp.com/fr/depeche", title: "Dépêche AFP", excerpt: "", note: "", addedBy: people.jo, version: 1, createdAt: at(20), updatedAt: at(20), ...overrides };
}

export function makeHistory(claimId: number, entries: [string, PersonRef | null, string][], quote: string | null): HistoryEntry[] {
  return entries.map(([type, actor, summary], i) => ({ id: claimId * 10 + i, type, at: at(i * 5), actor, claimId, summary, quote, comment: null }));
}

/** A claim on the first occurrence of `phrase` in `text` (orphaned claims keep a stale span). */
export function makeReportClaim(phrase: string, overrides: Partial<ReportClaim> & Pick<ReportClaim, "id" | "number">, text = REPORT_TEXT): ReportClaim {
  const orphaned = overrides.orphaned ?? false;
  const span = orphaned ? { start: 3, end: 3 + phrase.length } : spanOf(text, phrase);
  const quote = orphaned ? { exact: phrase, prefix: "la veille au soir. ", suffix: " Personne n’a" } : describeQuote(text, span.start, span.end);
  return {
    articleId: 7,
    revision: 2,
    status: "unsourced",
    note: "",
    ...span,
    quote,
    version: 1,
    orphaned,
    author: people.rita,
    createdAt: at(0),
    updatedAt: at(10),
    sources: [],
    threads: [],
    history: [],
    openThread: false,
    ...overrides,
  };
}

/** The five claims of the fixture, in report order (anchored in text order, then the orphan). */
export function makeReportClaims(): ReportClaim[] {
  return [
    makeReportClaim("Le ministre a confirmé la nouvelle mardi.", {
      id: 11,
      number: 1,
      status: "sourced",
      sources: [makeSource({ id: 1, claimId: 11, excerpt: "Le ministre a confirmé mardi…", note: "Communiqué officiel" })],
      history: makeHistory(11, [["claim.created", people.rita, "tagged the claim as sourced"], ["source.added", people.jo, "added a source: Dépêche AFP"]], "Le ministre a confirmé la nouvelle mardi."),
    }),
    makeReportClaim("Selon nos sources, l’accord serait signé en mars.", {
      id: 12,
      number: 2,
      status: "unsourced",
      note: "=SUM(A1:A3) — qui sont « nos sources » ?",
      openThread: true,
      threads: [
        makeThread({
          id: 100,
          claimId: 12,
          author: people.jo,
          body: "Voir <script>alert('x')</script> et [ce lien](javascript:alert(1)) *urgent*",
          replies: [
            makeComment({ id: 101, claimId: 12, parentId: 100, author: people.rita, body: "Deux lignes :\n# pas un titre\n1. pas une liste, \"citée\"", createdAt: at(31), updatedAt: at(32), edited: true }),
            makeComment({ id: 102, claimId: 12, parentId: 100, author: people.ada, deleted: true, createdAt: at(33), updatedAt: at(34) }),
          ],
        }),
      ],
      history: makeHistory(12, [["claim.created", people.rita, "tagged the claim as unsourced"], ["comment.created", people.jo, "commented"]], "Selon nos sources, l’accord serait signé en mars."),
    }),
    makeReportClaim("M. Dupont a démenti", { id: 14, number: 3, status: "sourced", author: people.ada, updatedAt: at(12) }),
    makeReportClaim("Les chiffres avancés, 3,5 millions d’euros, n’ont pas été vérifiés.", {
      id: 13,
      number: 4,
      status: "disputed",
      note: "La Cour des comptes écrit 2,1 millions.\n+ voir page 12",
      sources: [makeSource({ id: 2, claimId: 13, url: "https://www.ccomptes.fr/rapport?id=1&p=12", title: "Rapport *public* | 2025", addedBy: people.rita })],
      threads: [makeThread({ id: 103, claimId: 13, body: "@jo d’accord ?", resolved: { at: at(40), by: people.jo } })],
      history: makeHistory(13, [["claim.created", people.rita, "tagged the claim as unsourced"], ["claim.updated", people.rita, "changed the status from unsourced to disputed"]], "Les chiffres avancés, 3,5 millions d’euros, n’ont pas été vérifiés."),
    }),
    makeReportClaim("Le président a démissionné la veille.", { id: 15, number: 5, status: "unsourced", orphaned: true, author: null, note: "-5 % selon l’Insee" }),
  ];
}

/** A complete report model on a fixed clock; top-level fields can be overridden. */
export function makeReportModel(overrides: Partial<ReportModel> = {}): ReportModel {
  return {
    article: {
      id: 7,
      title: "L’accord « secret » : ce que l’on sait",
      language: "fr",
      byline: "Par Camille Martin",
      sourceUrl: "https://news.example.org/2026/01/accord-secret",
      state: "in_review",
      revision: 2,
      createdAt: "2026-01-14T08:00:00.000Z",
      updatedAt: at(10),
      verifiedBy: null,
      verifiedAt: null,
      signOff: null,
      openThreads: 1,
      text: REPORT_TEXT,
      url: "https://news.example.org/2026/01/accord-secret",
    },
    reportUrl: `${BASE_URL}/articles/7/report`,
    organisation: { name: "Le Vérificateur", url: "https://verif.example.org" },
    figures: {
      sentences: 4,
      sentencesChecked: 4,
      claims: 5,
      byStatus: { sourced: 2, unsourced: 2, disputed: 1 },
      openThreads: 1,
      sourcedWithoutSource: 1,
      orphaned: 1,
    },
    claims: makeReportClaims(),
    signOff: null,
    filterDescription: null,
    generatedAt: "2026-01-16T10:00:00.000Z",
    generatedBy: people.ada,
    ...overrides,
  };
}
