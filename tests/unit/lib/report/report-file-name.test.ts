import { describe, expect, it } from "vitest";
import { reportContentDisposition, slugify } from "@/lib/report/report-file-name";
import { reportFilterInput, reportFilterParams, ZReportFilterQuery } from "@/lib/report/report-query";

describe("slugify", () => {
  it.each([
    ["Réforme : « l’œuvre » d’un été", "reforme-l-oeuvre-d-un-ete"],
    ["Łódź, Straße & Ærø", "lodz-strasse-aero"],
    ["«»", "article"],
    ["a".repeat(100), "a".repeat(80)],
  ])("%s → %s", (title, slug) => expect(slugify(title)).toBe(slug));
});

describe("reportContentDisposition", () => {
  it("gives an ASCII name and the real title, with header-breaking characters encoded", () => {
    const value = reportContentDisposition(`Qu'y a-t-il "ici" (vraiment)*?\r\nSet-Cookie: x`, "pdf");
    expect(value).toMatch(/^attachment; filename="qu-y-a-t-il-ici-vraiment-set-cookie-x-report\.pdf"; filename\*=UTF-8''[A-Za-z0-9%._~-]+$/);
    expect(decodeURIComponent(value.split("''")[1])).toBe(`Qu'y a-t-il "ici" (vraiment)*? Set-Cookie: x-report.pdf`);
  });
});

describe("report filter params", () => {
  it("round-trips a filter through the address", () => {
    const filter = { status: "disputed" as const, authorId: "u-1", openThread: true, sourcedWithoutSource: false, query: "Alger été" };
    const params = reportFilterParams(filter);
    expect(params.toString()).toBe("status=disputed&author=u-1&openThread=1&q=Alger+%C3%A9t%C3%A9");
    expect(ZReportFilterQuery.parse(reportFilterInput(params))).toEqual(filter);
  });

  it("reads no params as no filter and refuses values it does not know", () => {
    expect(ZReportFilterQuery.parse(reportFilterInput(new URLSearchParams("format=pdf")))).toEqual({ status: null, authorId: null, openThread: false, sourcedWithoutSource: false, query: "" });
    expect(ZReportFilterQuery.safeParse(reportFilterInput(new URLSearchParams("status=maybe"))).success).toBe(false);
  });
});
