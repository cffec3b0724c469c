import { describe, it, expect } from "vitest";
import { getSchema, Node } from "@tiptap/core";
import type { Node as PMNode, Schema } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import { buildTextModel, markdownToDoc, offsetToPos, plainTextToDoc, posToOffset, type ProseNodeJSON } from "@/lib/text";

const schema = getSchema([StarterKit]);

const text = (t: string, marks?: ProseNodeJSON["marks"]): ProseNodeJSON =>
  marks ? { type: "text", text: t, marks } : { type: "text", text: t };
const p = (...content: ProseNodeJSON[]): ProseNodeJSON => ({ type: "paragraph", content });
const doc = (...content: ProseNodeJSON[]): ProseNodeJSON => ({ type: "doc", content });
const br: ProseNodeJSON = { type: "hardBreak" };
const item = (...content: ProseNodeJSON[]): ProseNodeJSON => ({ type: "listItem", content });

/** Text of a range as the canonical text spells it: hard breaks as "\n", other leaves as nothing. */
const leafText = (leaf: PMNode) => (leaf.type.name === "hardBreak" ? "\n" : "");
const between = (node: PMNode, from: number, to: number) => node.textBetween(from, to, "\n\n", leafText);

/** The textblocks ProseMirror itself sees, as content ranges. */
function pmTextblocks(node: PMNode): { pos: number; endPos: number; text: string }[] {
  const blocks: { pos: number; endPos: number; text: string }[] = [];
  node.descendants((child, pos) => {
    if (!child.isTextblock) return true;
    blocks.push({ pos: pos + 1, endPos: pos + 1 + child.content.size, text: child.textBetween(0, child.content.size, "", leafText) });
    return false;
  });
  return blocks;
}

/** Checks every mapping invariant of a document against a real ProseMirror node. */
function checkMapping(json: ProseNodeJSON, withSchema: Schema = schema) {
  const node = withSchema.nodeFromJSON(json);
  node.check();
  const model = buildTextModel(json);
  const { text } = model;

  // The model's blocks are exactly ProseMirror's textblocks, and the text is their join.
  const pmBlocks = pmTextblocks(node);
  expect(model.blocks.map((b) => [b.pos, b.endPos])).toEqual(pmBlocks.map((b) => [b.pos, b.endPos]));
  expect(text).toBe(pmBlocks.map((b) => b.text).join("\n\n"));

  for (const block of model.blocks) {
    for (let i = block.offset; i < block.offset + block.length; i++) {
      // Each character of a block is the one-character range its offsets map to.
      const from = offsetToPos(model, i, "after");
      const to = offsetToPos(model, i + 1, "before");
      expect(between(node, from, to), `offset ${i}`).toBe(text[i]);
    }
    for (let i = block.offset; i <= block.offset + block.length; i++) {
      for (const side of ["before", "after"] as const) {
        const pos = offsetToPos(model, i, side);
        expect(posToOffset(model, pos), `offset ${i} ${side}`).toBe(i);
        // The position lies inside the block's own textblock.
        const $pos = node.resolve(pos);
        expect($pos.parent.isTextblock).toBe(true);
        expect(pos).toBeGreaterThanOrEqual(block.pos);
        expect(pos).toBeLessThanOrEqual(block.endPos);
      }
    }
  }

  // Every position maps to an offset, never decreasing along the document; inside a textblock
  // the offset is exactly the text before the position.
  let previous = 0;
  for (let pos = 0; pos <= node.content.size; pos++) {
    const offset = posToOffset(model, pos);
    expect(offset, `pos ${pos}`).toBeGreaterThanOrEqual(previous);
    expect(offset).toBeLessThanOrEqual(text.length);
    previous = offset;
    const block = model.blocks.find((b) => b.pos <= pos && pos <= b.endPos);
    if (block) expect(text.slice(block.offset, offset), `pos ${pos}`).toBe(between(node, block.pos, pos));
  }
  return { node, model };
}

const rich = doc(
  { type: "heading", attrs: { level: 1 }, content: [text("Titre "), text("gras", [{ type: "bold" }])] },
  p(text("Avant 🙂 après"), br, text("ligne "), text("lien", [{ type: "link", attrs: { href: "https://x.org" } }, { type: "italic" }]), text(".")),
  { type: "paragraph" },
  {
    type: "bulletList",
    content: [
      item(p(text("un")), { type: "orderedList", attrs: { start: 3 }, content: [item(p(text("deux 🇫🇷"))), item(p())] }),
      item(p(text("trois"), br)),
    ],
  },
  { type: "blockquote", content: [p(text("cité")), { type: "blockquote", content: [p(br, text("𝒳"))] }] },
  { type: "horizontalRule" },
  { type: "codeBlock", attrs: { language: "ts" }, content: [text("a\n\nb")] },
  { type: "codeBlock", attrs: { language: null } },
  p(text("fin"), text("code", [{ type: "code" }])),
);

describe("position map against ProseMirror", () => {
  it("maps a flat document of paragraphs like textBetween", () => {
    const flat = doc(p(text("Un 🙂")), p(), p(text("a"), br, br, text("b", [{ type: "bold" }])), p(br));
    const { node, model } = checkMapping(flat);
    expect(between(node, 0, node.content.size)).toBe(model.text);
  });

  it("maps headings, nested lists, blockquotes, rules, code blocks, marks and emoji", () => {
    const { model } = checkMapping(rich);
    expect(model.text).toBe(
      ["Titre gras", "Avant 🙂 après\nligne lien.", "", "un", "deux 🇫🇷", "", "trois\n", "cité", "\n𝒳", "a\n\nb", "", "fincode"].join("\n\n"),
    );
  });

  it("maps the demo article and converted Markdown", () => {
    checkMapping(plainTextToDoc("Un paragraphe.\nUne ligne.\n\n« Deux » — 🙂 fin."));
    checkMapping(markdownToDoc("# T\n\n- a\n  - b\n\n> q\n> r\n\n```\nx\n```\n\n---\n\n**z** `c` [l](https://l.org)"));
  });

  it("snaps offsets in the blank line between blocks to either side", () => {
    const model = buildTextModel(doc(p(text("ab")), { type: "bulletList", content: [item(p(text("cd")))] }));
    // "ab" is content 1..3; list 4, item 5, paragraph 6, so "cd" is content 7..9.
    expect(model.text).toBe("ab\n\ncd");
    expect(offsetToPos(model, 3, "before")).toBe(3);
    expect(offsetToPos(model, 3, "after")).toBe(7);
    expect(offsetToPos(model, 2, "after")).toBe(3);
    expect(offsetToPos(model, 4, "before")).toBe(7);
    expect(offsetToPos(model, 99, "after")).toBe(9);
    expect([3, 4, 5, 6, 7].map((pos) => posToOffset(model, pos))).toEqual([2, 2, 2, 2, 4]);
    expect(posToOffset(model, 0)).toBe(0);
    expect(posToOffset(model, 12)).toBe(6);
  });

  it("maps around inline atoms that have no text (a mention, say)", () => {
    const Mention = Node.create({ name: "mention", group: "inline", inline: true, atom: true });
    const withMention = getSchema([StarterKit, Mention]);
    const mention: ProseNodeJSON = { type: "mention" };
    const { model } = checkMapping(
      doc(p(text("ab"), mention, text("cd")), p(mention, text("x"), mention), p(mention), p(text("y"), br, mention, br)),
      withMention,
    );
    expect(model.text).toBe("abcd\n\nx\n\n\n\ny\n\n");
    // Offset 2 sits on either side of the atom: the map picks the position after it.
    expect(offsetToPos(model, 2)).toBe(4);
    expect([3, 4].map((pos) => posToOffset(model, pos))).toEqual([2, 2]);
  });

  it("handles documents without text", () => {
    const model = buildTextModel(doc());
    expect(offsetToPos(model, 0)).toBe(0);
    expect(posToOffset(model, 0)).toBe(0);
    checkMapping(doc({ type: "horizontalRule" }, p()));
  });
});

/** Small seeded generator (mulberry32), so the random documents are the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomDoc(rand: () => number): ProseNodeJSON {
  const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)];
  const words = ["a", "mot", "é", "🙂", "𝒳y", " ", "«»", "x y"];
  const markSets: ProseNodeJSON["marks"][] = [undefined, [{ type: "bold" }], [{ type: "italic" }, { type: "strike" }], [{ type: "code" }]];
  const inline = (): ProseNodeJSON[] => {
    const out: ProseNodeJSON[] = [];
    for (let n = Math.floor(rand() * 5); n > 0; n--) out.push(rand() < 0.25 ? br : text(pick(words), pick(markSets)));
    return out;
  };
  // Tiptap's getJSON leaves `content` out of empty nodes; generate both spellings.
  const textblock = (type: string, attrs?: Record<string, unknown>): ProseNodeJSON => {
    const content = inline();
    return { type, ...(attrs ? { attrs } : {}), ...(content.length > 0 || rand() < 0.5 ? { content } : {}) };
  };
  const block = (depth: number): ProseNodeJSON => {
    const kind = depth > 2 ? 0 : Math.floor(rand() * 7);
    const blocks = (first?: ProseNodeJSON) => [...(first ? [first] : []), ...Array.from({ length: Math.floor(rand() * 3) }, () => block(depth + 1))];
    switch (kind) {
      case 1:
        return textblock("heading", { level: 1 + Math.floor(rand() * 3) });
      case 2:
        return { type: "bulletList", content: [item(...blocks(textblock("paragraph")))] };
      case 3:
        return { type: "orderedList", content: [item(...blocks(textblock("paragraph"))), item(textblock("paragraph"))] };
      case 4:
        return { type: "blockquote", content: blocks(textblock("paragraph")) };
      case 5:
        return rand() < 0.5 ? { type: "horizontalRule" } : { type: "codeBlock", attrs: { language: null }, ...(rand() < 0.3 ? {} : { content: [text("c\n🙂\n\nd")] }) };
      default:
        return textblock("paragraph");
    }
  };
  return doc(...Array.from({ length: 1 + Math.floor(rand() * 5) }, () => block(0)));
}

describe("position map on random documents", () => {
  it("holds every invariant on 300 seeded random documents", () => {
    const rand = random(20240611);
    for (let n = 0; n < 300; n++) checkMapping(randomDoc(rand));
  });

  it("agrees with textBetween on random flat documents", () => {
    const rand = random(7);
    for (let n = 0; n < 200; n++) {
      const flat = { ...randomDoc(rand), content: [] as ProseNodeJSON[] };
      for (let k = Math.floor(rand() * 6); k >= 0; k--) flat.content.push(p(...randomDoc(rand).content!.flatMap((b) => (b.type === "paragraph" ? b.content ?? [] : []))));
      const { node, model } = checkMapping(flat);
      expect(between(node, 0, node.content.size)).toBe(model.text);
    }
  });
});
