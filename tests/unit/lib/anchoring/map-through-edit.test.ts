import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapThroughEdit } from "@/lib/anchoring";

const PARAGRAPHS = ["Le ministre a confirmé la nouvelle mardi.", "Selon nos sources, l’accord serait signé en mars.", "M. Dupont a démenti.", "Les chiffres n’ont pas été vérifiés."];
const join = (blocks: string[]) => blocks.join("\n\n");

describe("mapThroughEdit", () => {
  it("leaves every offset in place when the text did not change", () => {
    const text = join(PARAGRAPHS);
    const map = mapThroughEdit(text, text);
    for (const offset of [0, 5, text.length]) expect(map(offset)).toBe(offset);
  });

  it("shifts offsets after a paragraph inserted at the top by its length, and keeps those before it", () => {
    const before = join(PARAGRAPHS);
    const inserted = "Un paragraphe ajouté en tête.\n\n";
    const after = `${PARAGRAPHS[0]}\n\n${inserted}${join(PARAGRAPHS.slice(1))}`;
    const map = mapThroughEdit(before, after);
    const dupont = before.indexOf("M. Dupont");
    expect(map(dupont)).toBe(after.indexOf("M. Dupont"));
    expect(map(3)).toBe(3);
  });

  it("follows two edits far apart: offsets between them move by the first, after them by both", () => {
    const before = join(PARAGRAPHS);
    const after = join(["Titre", PARAGRAPHS[0], PARAGRAPHS[1].replace("en mars", "en avril prochain"), PARAGRAPHS[2], "Encore", PARAGRAPHS[3]]);
    const map = mapThroughEdit(before, after);
    expect(map(before.indexOf("Selon"))).toBe(after.indexOf("Selon"));
    expect(map(before.indexOf("M. Dupont"))).toBe(after.indexOf("M. Dupont"));
    expect(map(before.indexOf("Les chiffres"))).toBe(after.indexOf("Les chiffres"));
  });

  it("sends an offset inside a rewritten line to the same distance into its replacement, at most its end", () => {
    const before = join(["Avant.", "Une phrase assez longue qui sera réécrite entièrement.", "Après."]);
    const after = join(["Avant.", "Court.", "Après."]);
    const map = mapThroughEdit(before, after);
    const rewritten = before.indexOf("Une");
    expect(map(rewritten + 2)).toBe(after.indexOf("Court") + 2);
    expect(map(rewritten + 40)).toBeLessThanOrEqual(after.indexOf("Après"));
    expect(map(before.indexOf("Après"))).toBe(after.indexOf("Après"));
  });

  it("maps an untouched paragraph to the same words, whatever other paragraphs were inserted, deleted or rewritten", () => {
    const paragraph = fc.stringMatching(/^[a-zàéè’ .]{1,40}$/);
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 12 }), fc.array(fc.tuple(fc.nat(), fc.option(paragraph)), { maxLength: 6 }), fc.nat(), (blocks, edits, pick) => {
        // Marked paragraphs are unique, so the words they map to can only be their own.
        const marked = blocks.map((b, i) => `§${i}§ ${b}`);
        const target = pick % marked.length;
        const edited = [...marked];
        for (const [at, replacement] of edits) {
          const i = at % (edited.length + 1);
          if (edited[i] === marked[target]) continue;
          if (replacement === null) edited.splice(i, i < edited.length ? 1 : 0);
          else edited.splice(i, 0, replacement);
        }
        const before = join(marked);
        const after = join(edited);
        const mapped = mapThroughEdit(before, after)(before.indexOf(marked[target]));
        expect(after.slice(mapped, mapped + marked[target].length)).toBe(marked[target]);
      }),
      { seed: 20_261_129, numRuns: 300 },
    );
  });
});
