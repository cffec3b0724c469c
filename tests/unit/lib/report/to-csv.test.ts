import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, neutraliseFormula, reportToCsv } from "@/lib/report/to-csv";
import { expectGolden } from "../../support/golden-file";
import { makeReportModel } from "../../support/report-builders";

function parseCsv(csv: string): Record<string, string>[] {
  return parse(csv, { bom: true, columns: true, record_delimiter: "\r\n", relax_quotes: false });
}

describe("reportToCsv", () => {
  const csv = reportToCsv(makeReportModel());

  it("matches the reviewed golden file", () => {
    expectGolden("report/report.csv", csv);
  });

  it("starts with a byte-order mark and uses CRLF between records", () => {
    expect(csv.startsWith("\uFEFFid,status,quote,start,end,note,sources,comment count,open thread,author,created,updated\r\n")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("parses back into one row per claim with exactly the documented columns", () => {
    const rows = parseCsv(csv);
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    expect(rows.map((row) => row.id)).toEqual(["11", "12", "14", "13", "15"]);
    expect(rows.map((row) => row.status)).toEqual(["sourced", "unsourced", "sourced", "disputed", "unsourced"]);
    const [first, second, , fourth, orphan] = rows;
    expect(first.sources).toBe("Dépêche AFP <https://www.afp.com/fr/depeche>");
    expect(first.quote).toBe("Le ministre a confirmé la nouvelle mardi.");
    expect(first.start).toBe(String(makeReportModel().claims[0].start));
    expect(second["comment count"]).toBe("2");
    expect(second["open thread"]).toBe("yes");
    expect(fourth.note).toBe("La Cour des comptes écrit 2,1 millions.\n+ voir page 12");
    expect(fourth.sources).toBe("Rapport *public* | 2025 <https://www.ccomptes.fr/rapport?id=1&p=12>");
    expect(orphan.start).toBe("");
    expect(orphan.author).toBe("");
    expect(first.created).toBe("2026-01-15T09:00:00.000Z");
  });

  it("defuses cells a spreadsheet would read as formulas", () => {
    const rows = parseCsv(csv);
    expect(rows[1].note).toBe("'=SUM(A1:A3) — qui sont « nos sources » ?");
    expect(rows[4].note).toBe("'-5 % selon l’Insee");
    for (const cell of ["=1+1", "+1", "-1", "@SUM(1)", "\t=1", "\r=1"]) expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    for (const cell of ["1", "a=b", " =1", "", "'quoted"]) expect(neutraliseFormula(cell)).toBe(cell);
  });

  it("quotes cells with commas, quotes and line breaks (RFC 4180)", () => {
    expect(csv).toContain('"La Cour des comptes écrit 2,1 millions.\n+ voir page 12"');
    expect(csv).toContain('"Les chiffres avancés, 3,5 millions d’euros, n’ont pas été vérifiés."');
    const model = makeReportModel();
    model.claims[0].note = 'il a dit "oui"';
    expect(parseCsv(reportToCsv(model))[0].note).toBe('il a dit "oui"');
    expect(reportToCsv(model)).toContain('"il a dit ""oui"""');
  });

  it("writes only the header when there are no claims", () => {
    expect(reportToCsv(makeReportModel({ claims: [] }))).toBe(`\uFEFF${CSV_COLUMNS.join(",")}\r\n`);
  });
});
