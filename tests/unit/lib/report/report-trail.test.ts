import { describe, expect, it } from "vitest";
import { reportToHtml } from "@/lib/report/to-html";
import { reportToJson } from "@/lib/report/to-json";
import { reportToMarkdown } from "@/lib/report/to-markdown";
import { makeHistory, makeReportClaim, makeReportModel, people } from "../../support/report-builders";

const NOW = "Le ministre a confirmé la nouvelle mardi.";
const THEN = "Le ministre aurait confirmé la nouvelle <b>mardi</b>.";

/** One claim whose trail holds an event from before a rewording and one legacy event that recorded no quote. */
function modelWithOldEvents() {
  const history = [
    ...makeHistory(11, [["claim.created", people.rita, "tagged the claim as sourced"]], THEN),
    ...makeHistory(11, [["source.added", people.jo, "added a source: Dépêche AFP"]], null).map((entry) => ({ ...entry, id: 200 })),
    ...makeHistory(11, [["comment.created", people.jo, "commented"]], NOW).map((entry) => ({ ...entry, id: 201, comment: "Vraiment ?" })),
  ];
  return makeReportModel({ claims: [makeReportClaim(NOW, { id: 11, number: 1, status: "sourced", history })] });
}

describe("the report's trail", () => {
  it("shows each event with the quote of its moment, and says when none was recorded (Markdown)", () => {
    const markdown = reportToMarkdown(modelWithOldEvents());
    expect(markdown).toContain("tagged the claim as sourced on “Le ministre aurait confirmé la nouvelle &lt;b&gt;mardi&lt;/b&gt;.”");
    expect(markdown).toContain("added a source: Dépêche AFP (quote not recorded)");
    expect(markdown).toContain("· commented “Vraiment ?”\n");
  });

  it("does so in HTML, escaped", () => {
    const html = reportToHtml(modelWithOldEvents());
    expect(html).toContain("tagged the claim as sourced on “Le ministre aurait confirmé la nouvelle &lt;b&gt;mardi&lt;/b&gt;.”");
    expect(html).toContain("added a source: Dépêche AFP (quote not recorded)");
  });

  it("gives the quote and comment of each moment in JSON, null when not recorded", () => {
    const [claim] = reportToJson(modelWithOldEvents()).claims;
    expect(claim.history.map((entry) => [entry.quote, entry.comment])).toEqual([
      [THEN, null],
      [null, null],
      [NOW, "Vraiment ?"],
    ]);
  });
});
