import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { Node as ProseNode } from "@tiptap/pm/model";
import { offsetToPos, type TextModel } from "@/lib/text";

type Span = { start: number; end: number };
type FocusInput = { model: TextModel; selection: Span | null; hover: Span | null };

export const readingFocusKey = new PluginKey<DecorationSet>("readingFocus");

function spanDecoration(model: TextModel, span: Span, className: string): Decoration | null {
  const from = offsetToPos(model, span.start, "after");
  const to = offsetToPos(model, span.end, "before");
  return from < to ? Decoration.inline(from, to, { class: className }) : null;
}

function buildDecorations(doc: ProseNode, { model, selection, hover }: FocusInput): DecorationSet {
  const decorations = [
    hover && spanDecoration(model, hover, "sentence-hover"),
    selection && spanDecoration(model, selection, "reading-selection"),
  ].filter((d): d is Decoration => d !== null);
  return DecorationSet.create(doc, decorations);
}

/**
 * Draws the workspace's own selection (a sentence or phrase, kept as text offsets) and the
 * outline of the sentence under the pointer. Kept apart from claim highlights so moving the
 * pointer never rebuilds thousands of claim decorations.
 */
export const ReadingFocus = Extension.create({
  name: "readingFocus",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: readingFocusKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const input = tr.getMeta(readingFocusKey) as FocusInput | undefined;
            if (input) return buildDecorations(tr.doc, input);
            return set.map(tr.mapping, tr.doc);
          },
        },
        props: {
          decorations: (state) => readingFocusKey.getState(state),
        },
      }),
    ];
  },
});
