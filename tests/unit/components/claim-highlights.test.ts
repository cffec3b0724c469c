import { Node as ProseNode } from "@tiptap/pm/model";
import type { Decoration, DecorationSet } from "@tiptap/pm/view";
import { describe, expect, it } from "vitest";
import { EMPTY_HIGHLIGHTS, updateHighlights, type DrawnClaim, type HighlightInput } from "@/components/editor/claim-highlights";
import { articleSchema } from "@/lib/text/article-schema";
import { buildTextModel, markdownToDoc } from "@/lib/text";

const json = markdownToDoc("## Titre\n\nLe ministre affirme que le budget a augmenté. The mayor denied it.\n\nUn **deuxième** paragraphe, plus long que le premier, avec une *citation*.\n\nA third one.");
const doc = ProseNode.fromJSON(articleSchema(), json);
const model = buildTextModel(json);
const text = model.text;

function claimOn(id: number, phrase: string, status: DrawnClaim["status"] = "sourced"): DrawnClaim {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in the text`);
  return { id, start, end: start + phrase.length, status };
}

/** The decorations of a set in a comparable form: position, then what they draw. */
function drawn(set: DecorationSet): string[] {
  const describe = (d: Decoration) => `${d.from}-${d.to} ${JSON.stringify(d.spec)} ${JSON.stringify((d as unknown as { type: { attrs?: unknown } }).type.attrs ?? null)}`;
  return set.find().map(describe).sort();
}

const fresh = (input: HighlightInput) => updateHighlights(doc, EMPTY_HIGHLIGHTS, input).set;

describe("updateHighlights", () => {
  const base = [claimOn(1, "Le ministre affirme que le budget a augmenté."), claimOn(2, "The mayor denied it.", "disputed"), claimOn(3, "deuxième paragraphe", "unsourced"), claimOn(4, "Un deuxième paragraphe, plus long que le premier, avec une citation.")];

  it("draws an inline highlight and an icon per claim", () => {
    const set = fresh({ model, claims: base, activeId: null });
    expect(set.find()).toHaveLength(8);
  });

  it("after any sequence of changes, draws exactly what a fresh drawing would", () => {
    const steps: HighlightInput[] = [
      { model, claims: base, activeId: null },
      { model, claims: base, activeId: 2 },
      { model, claims: [...base, claimOn(5, "A third one.")], activeId: 5 },
      { model, claims: [...base.map((c) => (c.id === 3 ? { ...c, status: "disputed" as const } : c)), claimOn(5, "A third one.")], activeId: 3 },
      { model, claims: base.filter((c) => c.id !== 1), activeId: null },
      { model, claims: [claimOn(7, "Titre"), ...base.filter((c) => c.id !== 1)], activeId: 4 },
    ];
    let state = EMPTY_HIGHLIGHTS;
    for (const step of steps) {
      state = updateHighlights(doc, state, step);
      expect(drawn(state.set)).toEqual(drawn(fresh(step)));
    }
  });

  it("keeps the decorations of claims that did not change", () => {
    const first = updateHighlights(doc, EMPTY_HIGHLIGHTS, { model, claims: base, activeId: null });
    const second = updateHighlights(doc, first, { model, claims: base.map((c) => (c.id === 2 ? { ...c, status: "sourced" as const } : c)), activeId: null });
    expect(second.drawn!.get(1)).toBe(first.drawn!.get(1));
    expect(second.drawn!.get(2)).not.toBe(first.drawn!.get(2));
    const same = updateHighlights(doc, second, { model, claims: base.map((c) => (c.id === 2 ? { ...c, status: "sourced" as const } : c)), activeId: null });
    expect(same.set).toBe(second.set);
  });

  it("marks a claim the server has not acknowledged, and redraws it once saved", () => {
    const classOf = (state: ReturnType<typeof updateHighlights>, id: number) =>
      state.set.find().map((d) => (d as unknown as { type: { attrs?: { class?: string; "data-claim-id"?: string } } }).type.attrs).find((a) => a?.["data-claim-id"] === String(id))?.class;
    const pending = updateHighlights(doc, EMPTY_HIGHLIGHTS, { model, claims: base.map((c) => (c.id === 2 ? { ...c, unsaved: true } : c)), activeId: null });
    expect(classOf(pending, 2)).toContain("claim--unsaved");
    expect(classOf(pending, 1)).not.toContain("claim--unsaved");
    const saved = updateHighlights(doc, pending, { model, claims: base, activeId: null });
    expect(classOf(saved, 2)).not.toContain("claim--unsaved");
    expect(saved.drawn!.get(1)).toBe(pending.drawn!.get(1));
  });

  it("draws everything afresh for a new text model", () => {
    const first = updateHighlights(doc, EMPTY_HIGHLIGHTS, { model, claims: base, activeId: null });
    const other = buildTextModel(json);
    const next = updateHighlights(doc, first, { model: other, claims: base, activeId: null });
    expect(next.drawn!.get(1)).not.toBe(first.drawn!.get(1));
    expect(drawn(next.set)).toEqual(drawn(first.set));
  });
});
