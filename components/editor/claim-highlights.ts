import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { Node as ProseNode } from "@tiptap/pm/model";
import { STATUS_META, type ClaimStatus } from "@/lib/claims/statuses";
import { offsetToPos, type TextModel } from "@/lib/text";

/** What the editor needs to draw a claim. */
export type DrawnClaim = { id: number; start: number; end: number; status: ClaimStatus };

type HighlightInput = { model: TextModel; claims: DrawnClaim[]; activeId: number | null };

export const claimHighlightsKey = new PluginKey<DecorationSet>("claimHighlights");

function iconWidget(id: number, status: ClaimStatus): HTMLElement {
  const icon = document.createElement("span");
  icon.dataset.claimId = String(id);
  icon.className = `claim-icon claim-icon--${status}`;
  icon.setAttribute("aria-hidden", "true");
  icon.textContent = STATUS_META[status].icon;
  return icon;
}

function buildDecorations(doc: ProseNode, { model, claims, activeId }: HighlightInput): DecorationSet {
  const decorations: Decoration[] = [];
  for (const claim of claims) {
    const from = offsetToPos(model, claim.start, "after");
    const to = offsetToPos(model, claim.end, "before");
    if (from >= to) continue;
    const active = claim.id === activeId ? " claim--active" : "";
    decorations.push(
      // Not inclusive at either edge: text typed right next to a claim is not part of it.
      Decoration.inline(from, to, { class: `claim claim--${claim.status}${active}`, "data-claim-id": String(claim.id) }, { inclusiveStart: false, inclusiveEnd: false }),
      Decoration.widget(from, () => iconWidget(claim.id, claim.status), { side: -1, key: `icon-${claim.id}-${claim.status}`, ignoreSelection: true }),
    );
  }
  return DecorationSet.create(doc, decorations);
}

/**
 * Draws claims as decorations beside the document (claims are not marks inside it): a
 * background colour per status, an underline style and an icon that survive greyscale.
 * Set them with `tr.setMeta(claimHighlightsKey, { model, claims, activeId })`.
 */
export const ClaimHighlights = Extension.create({
  name: "claimHighlights",
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: claimHighlightsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const input = tr.getMeta(claimHighlightsKey) as HighlightInput | undefined;
            if (input) return buildDecorations(tr.doc, input);
            return set.map(tr.mapping, tr.doc);
          },
        },
        props: {
          decorations: (state) => claimHighlightsKey.getState(state),
        },
      }),
    ];
  },
});
