import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { Node as ProseNode } from "@tiptap/pm/model";
import { STATUS_META, type ClaimStatus } from "@/lib/claims/statuses";
import { offsetToPos, type TextModel } from "@/lib/text";

/** What the editor needs to draw a claim. */
export type DrawnClaim = {
  id: number;
  start: number;
  end: number;
  status: ClaimStatus;
  /** Shown before the server acknowledged it (drawn with a dashed outline). */
  unsaved?: boolean;
};

export type HighlightInput = { model: TextModel; claims: DrawnClaim[]; activeId: number | null };

/** A claim's decorations as drawn, and what they were drawn from. */
type Drawn = { look: string; decorations: Decoration[] };

/**
 * The plugin's state: the decorations, and per claim what was drawn, so that the next input only
 * replaces the decorations of the claims that changed. `drawn` is null once the document changed
 * (positions moved): the next input then draws everything afresh.
 */
export type HighlightState = { set: DecorationSet; model: TextModel | null; drawn: Map<number, Drawn> | null };

export const claimHighlightsKey = new PluginKey<HighlightState>("claimHighlights");

function iconWidget(id: number, status: ClaimStatus): HTMLElement {
  const icon = document.createElement("span");
  icon.dataset.claimId = String(id);
  icon.className = `claim-icon claim-icon--${status}`;
  icon.setAttribute("aria-hidden", "true");
  icon.textContent = STATUS_META[status].icon;
  return icon;
}

function claimDecorations(model: TextModel, claim: DrawnClaim, active: boolean): Decoration[] {
  const from = offsetToPos(model, claim.start, "after");
  const to = offsetToPos(model, claim.end, "before");
  if (from >= to) return [];
  return [
    // Not inclusive at either edge: text typed right next to a claim is not part of it.
    Decoration.inline(
      from,
      to,
      { class: `claim claim--${claim.status}${active ? " claim--active" : ""}${claim.unsaved ? " claim--unsaved" : ""}`, "data-claim-id": String(claim.id) },
      { inclusiveStart: false, inclusiveEnd: false },
    ),
    Decoration.widget(from, () => iconWidget(claim.id, claim.status), { side: -1, key: `icon-${claim.id}-${claim.status}`, ignoreSelection: true }),
  ];
}

/**
 * Draws `input` on top of what `previous` drew: claims whose span, status and active state are
 * unchanged keep their decorations, the others are removed and added. On a long article, tagging
 * one sentence then touches two decorations instead of rebuilding thousands (and ProseMirror only
 * redraws the paragraphs whose decorations changed).
 */
export function updateHighlights(doc: ProseNode, previous: HighlightState, input: HighlightInput): HighlightState {
  const reuse = previous.drawn !== null && previous.model === input.model ? previous.drawn : null;
  const drawn = new Map<number, Drawn>();
  const added: Decoration[] = [];
  for (const claim of input.claims) {
    const active = claim.id === input.activeId;
    const look = `${claim.start}:${claim.end}:${claim.status}:${active}:${claim.unsaved === true}`;
    const before = reuse?.get(claim.id);
    if (before && before.look === look) {
      drawn.set(claim.id, before);
      continue;
    }
    const decorations = claimDecorations(input.model, claim, active);
    drawn.set(claim.id, { look, decorations });
    added.push(...decorations);
  }
  if (!reuse) return { set: DecorationSet.create(doc, added), model: input.model, drawn };
  const removed: Decoration[] = [];
  for (const [id, before] of reuse) if (drawn.get(id) !== before) removed.push(...before.decorations);
  const set = removed.length === 0 && added.length === 0 ? previous.set : previous.set.remove(removed).add(doc, added);
  return { set, model: input.model, drawn };
}

export const EMPTY_HIGHLIGHTS: HighlightState = { set: DecorationSet.empty, model: null, drawn: null };

/**
 * Draws claims as decorations beside the document (claims are not marks inside it): a
 * background colour per status, an underline style and an icon that survive greyscale.
 * Set them with `tr.setMeta(claimHighlightsKey, { model, claims, activeId })`.
 */
export const ClaimHighlights = Extension.create({
  name: "claimHighlights",
  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key: claimHighlightsKey,
        state: {
          init: () => EMPTY_HIGHLIGHTS,
          apply(tr, state) {
            const input = tr.getMeta(claimHighlightsKey) as HighlightInput | undefined;
            if (input) return updateHighlights(tr.doc, state, input);
            // While editing, the decorations map through every change; their positions no longer
            // match what was drawn, so the next input draws everything afresh.
            return tr.docChanged ? { set: state.set.map(tr.mapping, tr.doc), model: null, drawn: null } : state;
          },
        },
        props: {
          decorations: (state) => claimHighlightsKey.getState(state)?.set,
        },
      }),
    ];
  },
});
