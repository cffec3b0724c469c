import { describe, expect, it } from "vitest";
import { REPORT_JSON_SCHEMA, reportToJson } from "@/lib/report/to-json";
import { makeReportModel, REPORT_TEXT } from "../../support/report-builders";

describe("reportToJson", () => {
  const json = reportToJson(makeReportModel());

  it("is tagged with its schema and survives serialisation unchanged", () => {
    expect(json.schema).toBe(REPORT_JSON_SCHEMA);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(Object.keys(json)).toEqual(["schema", "generatedAt", "generatedBy", "reportUrl", "organisation", "filter", "article", "figures", "signOff", "claims"]);
  });

  it("gives positions in UTF-16 units and in code points, none for orphaned claims", () => {
    const [first] = json.claims;
    expect(first.position).toEqual({ utf16: { start: 5, end: 46 }, codePoints: { start: 3, end: 44 } });
    expect(REPORT_TEXT.slice(first.position!.utf16.start, first.position!.utf16.end)).toBe(first.quote.exact);
    expect([...REPORT_TEXT].slice(first.position!.codePoints.start, first.position!.codePoints.end).join("")).toBe(first.quote.exact);
    expect(json.claims[4]).toMatchObject({ orphaned: true, position: null });
  });

  it("lists each claim's sources, threads and history, without internal fields", () => {
    const second = json.claims[1];
    expect(second.threads[0].replies.map((r) => r.deleted)).toEqual([false, true]);
    expect(second.threads[0]).not.toHaveProperty("version");
    expect(second.threads[0]).not.toHaveProperty("claimId");
    expect(json.claims[0].sources[0]).toEqual({
      id: 1,
      url: "https://www.afp.com/fr/depeche",
      title: "Dépêche AFP",
      excerpt: "Le ministre a confirmé mardi…",
      note: "Communiqué officiel",
      addedBy: { id: "u-jo", name: "Jo Journaliste" },
      createdAt: "2026-01-15T09:20:00.000Z",
      updatedAt: "2026-01-15T09:20:00.000Z",
    });
    expect(second.history.map((h) => h.summary)).toEqual(["tagged the claim as unsourced", "commented"]);
  });
});
