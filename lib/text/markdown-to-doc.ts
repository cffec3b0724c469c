import MarkdownIt, { type Token } from "markdown-it";
import type { ProseNodeJSON } from "./prose-json";

type MarkJSON = NonNullable<ProseNodeJSON["marks"]>[number];

// Raw HTML is never interpreted: with `html: false` markdown-it leaves tags as literal text.
// Tables are switched off because the editor has no table nodes: the author's rows then stay
// as the literal lines they typed instead of being flattened into something they did not write.
const md = new MarkdownIt({ html: false, linkify: false }).disable("table");

// Only these schemes become clickable links; markdown-it already refuses `javascript:` and
// friends, this also drops relative and exotic URLs that mean nothing outside the source site.
const SAFE_HREF = /^(https?:|mailto:)/i;

/** Block tokens that open a node, and the Tiptap node each one becomes. */
const BLOCK_OPENERS: Record<string, (token: Token) => ProseNodeJSON> = {
  paragraph_open: () => ({ type: "paragraph" }),
  heading_open: (token) => ({ type: "heading", attrs: { level: Number(token.tag.slice(1)) } }),
  bullet_list_open: () => ({ type: "bulletList" }),
  ordered_list_open: (token) => {
    const start = Number(token.attrGet("start") ?? 1);
    return start === 1 ? { type: "orderedList" } : { type: "orderedList", attrs: { start } };
  },
  list_item_open: () => ({ type: "listItem" }),
  blockquote_open: () => ({ type: "blockquote" }),
};

/** Inline tokens that open a formatting mark, and the Tiptap mark they stand for. */
const MARK_OPENERS: Record<string, string> = { strong_open: "bold", em_open: "italic", s_open: "strike" };

// A fresh object each time: callers may mutate the doc they get back.
const emptyParagraph = (): ProseNodeJSON => ({ type: "paragraph" });

/**
 * Converts Markdown into a Tiptap (StarterKit) document: paragraphs, headings, lists,
 * blockquotes, code blocks, rules, hard breaks and the bold / italic / strike / code / link
 * marks. Line breaks inside a paragraph become hard breaks, so the lines the author typed
 * survive into the canonical text. Raw HTML stays literal text, links other than http(s) and
 * mailto lose their link, images keep only their alt text. Empty input gives an empty doc.
 */
export function markdownToDoc(markdown: string): ProseNodeJSON {
  const doc: ProseNodeJSON = { type: "doc", content: [] };
  const stack: ProseNodeJSON[] = [doc];
  const top = () => stack[stack.length - 1];

  for (const token of md.parse(markdown, {})) {
    const opener = BLOCK_OPENERS[token.type];
    if (opener) {
      stack.push(opener(token));
    } else if (token.nesting === -1 && BLOCK_OPENERS[token.type.replace(/_close$/, "_open")]) {
      const node = stack.pop()!;
      append(top(), fixContent(node));
    } else if (token.type === "inline") {
      for (const child of inlineContent(token.children ?? [])) append(top(), child);
    } else if (token.type === "fence" || token.type === "code_block") {
      append(top(), codeBlock(token));
    } else if (token.type === "hr") {
      append(top(), { type: "horizontalRule" });
    }
    // Anything else (a plugin's token, say) is skipped; its inline children still land in the
    // enclosing block because only the tokens above open and close nodes.
  }
  return doc;
}

function append(parent: ProseNodeJSON, child: ProseNodeJSON) {
  (parent.content ??= []).push(child);
}

/** Makes a finished node valid for the schema, where Markdown allows more than Tiptap does. */
function fixContent(node: ProseNodeJSON): ProseNodeJSON {
  const content = node.content ?? [];
  // A list item must start with a paragraph ("- " alone, or "- # Title"), a blockquote must
  // hold a block (">" alone): pad with an empty paragraph rather than lose the structure.
  if (node.type === "listItem" && content[0]?.type !== "paragraph") {
    return { ...node, content: [emptyParagraph(), ...content] };
  }
  if (node.type === "blockquote" && content.length === 0) {
    return { ...node, content: [emptyParagraph()] };
  }
  return node;
}

function codeBlock(token: Token): ProseNodeJSON {
  // markdown-it keeps the newline that ends the last code line; the editor does not.
  const text = token.content.replace(/\n$/, "");
  const language = token.info.trim().split(/\s+/)[0] || null;
  const node: ProseNodeJSON = { type: "codeBlock", attrs: { language } };
  return text ? { ...node, content: [{ type: "text", text }] } : node;
}

/** Builds the inline nodes of one paragraph or heading from markdown-it's inline tokens. */
function inlineContent(tokens: Token[]): ProseNodeJSON[] {
  const out: ProseNodeJSON[] = [];
  const marks: MarkJSON[] = [];
  // Each link_open pushes whether it added a mark, so its link_close knows what to undo.
  const links: boolean[] = [];

  function pushText(text: string, extra?: MarkJSON) {
    if (!text) return; // ProseMirror has no empty text nodes.
    // Tiptap's code mark excludes every other mark, so code text carries the code mark alone,
    // exactly as ProseMirror itself would resolve the set.
    const set = extra ? [extra] : marks.slice();
    const last = out[out.length - 1];
    if (last?.type === "text" && sameMarks(last.marks ?? [], set)) {
      last.text += text; // Escapes and entities arrive as separate tokens; keep one text node.
      return;
    }
    out.push(set.length > 0 ? { type: "text", text, marks: set } : { type: "text", text });
  }

  function walk(list: Token[]) {
    for (const token of list) {
      const mark = MARK_OPENERS[token.type];
      if (mark) {
        marks.push({ type: mark });
      } else if (token.nesting === -1 && MARK_OPENERS[token.type.replace(/_close$/, "_open")]) {
        const name = MARK_OPENERS[token.type.replace(/_close$/, "_open")];
        const at = marks.map((m) => m.type).lastIndexOf(name);
        if (at >= 0) marks.splice(at, 1);
      } else if (token.type === "link_open") {
        const href = String(token.attrGet("href") ?? "");
        const safe = SAFE_HREF.test(href);
        if (safe) marks.push({ type: "link", attrs: { href } });
        links.push(safe);
      } else if (token.type === "link_close") {
        if (links.pop()) marks.splice(marks.map((m) => m.type).lastIndexOf("link"), 1);
      } else if (token.type === "text" || token.type === "text_special") {
        pushText(token.content);
      } else if (token.type === "code_inline") {
        pushText(token.content, { type: "code" });
      } else if (token.type === "softbreak" || token.type === "hardbreak") {
        out.push({ type: "hardBreak" });
      } else if (token.type === "image") {
        // No image node in the editor: the alt text is the image's textual stand-in.
        walk(token.children ?? []);
      }
      // html_inline cannot occur with html: false; other tokens carry no reader-visible text.
    }
  }

  walk(tokens);
  return out;
}

function sameMarks(a: MarkJSON[], b: MarkJSON[]): boolean {
  return a.length === b.length && a.every((m, i) => m.type === b[i].type && JSON.stringify(m.attrs) === JSON.stringify(b[i].attrs));
}
