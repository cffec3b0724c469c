"use client";

import { EditorContent, useEditor, type Editor } from "@tiptap/react";
import { useEffect, useMemo, useRef } from "react";
import { buildTextModel, offsetToPos, posToOffset, type ProseNodeJSON, type TextModel } from "@/lib/text";
import { articleExtensions } from "@/lib/text/article-schema";
import { ClaimHighlights, claimHighlightsKey, type DrawnClaim } from "./claim-highlights";
import { ReadingFocus, readingFocusKey } from "./reading-focus";

type Span = { start: number; end: number };

export type ArticleEditorProps = {
  content: ProseNodeJSON;
  language: string;
  claims: DrawnClaim[];
  activeClaimId: number | null;
  selection: Span | null;
  hover: Span | null;
  /** Changes whenever the view should bring a text offset into view. */
  scrollTarget: { offset: number; serial: number } | null;
  onHoverOffset: (offset: number | null) => void;
  onClickOffset: (offset: number, claimId: number | null) => void;
  onDragRange: (start: number, end: number) => void;
  onModelReady: (model: TextModel) => void;
  onKeyDown: (event: React.KeyboardEvent) => void;
  /** Edit mode: the text is editable and pointer gestures are ordinary text editing. */
  editing: boolean;
  /** Changes when the document was reset (edit cancelled): claims are drawn afresh. */
  resetSerial: number;
  onEditorReady: (editor: Editor) => void;
};

/**
 * The article's text in a read-only Tiptap editor. It draws claims, the selection and the
 * hovered sentence as decorations and reports pointer gestures as canonical-text offsets; the
 * workspace decides what they mean.
 */
export function ArticleEditor(props: ArticleEditorProps) {
  const { content, language, claims, activeClaimId, selection, hover, scrollTarget, editing, resetSerial } = props;
  const callbacks = useRef(props);
  callbacks.current = props;
  const pointerDown = useRef<{ x: number; y: number } | null>(null);

  const editor = useEditor({
    extensions: [...articleExtensions(), ClaimHighlights, ReadingFocus],
    content,
    editable: false,
    immediatelyRender: false,
    editorProps: { attributes: { class: "article-text", lang: language } },
  });

  // The model comes from the editor's own document so positions match what is drawn.
  const model = useMemo(() => (editor ? buildTextModel(editor.getJSON() as ProseNodeJSON) : null), [editor]);

  useEffect(() => {
    if (model) callbacks.current.onModelReady(model);
  }, [model]);

  useEffect(() => {
    if (editor) callbacks.current.onEditorReady(editor);
  }, [editor]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.setEditable(editing);
    if (editing) editor.commands.focus();
  }, [editor, editing]);

  // While editing, the decorations map through every keystroke by themselves (ProseMirror
  // mapping); rebuilding them from offsets of the saved text would misplace them.
  useEffect(() => {
    if (!editor || !model || editor.isDestroyed || editing) return;
    editor.view.dispatch(editor.state.tr.setMeta(claimHighlightsKey, { model, claims, activeId: activeClaimId }));
  }, [editor, model, claims, activeClaimId, editing, resetSerial]);

  useEffect(() => {
    if (!editor || !model || editor.isDestroyed) return;
    editor.view.dispatch(editor.state.tr.setMeta(readingFocusKey, { model, selection: editing ? null : selection, hover: editing ? null : hover }));
  }, [editor, model, selection, hover, editing, resetSerial]);

  useEffect(() => {
    if (!editor || !model || !scrollTarget || editor.isDestroyed) return;
    const { node } = editor.view.domAtPos(offsetToPos(model, scrollTarget.offset, "after"));
    const element = node instanceof Element ? node : node.parentElement;
    element?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [editor, model, scrollTarget]);

  function offsetAt(event: React.MouseEvent): number | null {
    if (!editor || !model) return null;
    const hit = editor.view.posAtCoords({ left: event.clientX, top: event.clientY });
    return hit ? posToOffset(model, hit.pos) : null;
  }

  function handleMouseUp(event: React.MouseEvent) {
    if (!editor || !model || editing || event.button !== 0) return;
    const start = pointerDown.current;
    pointerDown.current = null;
    const dragged = start && Math.hypot(event.clientX - start.x, event.clientY - start.y) > 4;
    const native = window.getSelection();
    if (dragged && native && !native.isCollapsed && native.rangeCount > 0 && editor.view.dom.contains(native.anchorNode)) {
      const range = native.getRangeAt(0);
      const from = posToOffset(model, editor.view.posAtDOM(range.startContainer, range.startOffset));
      const to = posToOffset(model, editor.view.posAtDOM(range.endContainer, range.endOffset));
      native.removeAllRanges();
      if (from !== to) callbacks.current.onDragRange(Math.min(from, to), Math.max(from, to));
      return;
    }
    // A click leaves the browser's caret in the text. The workspace keeps its own selection (text
    // offsets), and a caret left in the read-only editor makes ProseMirror own the DOM selection:
    // it would then write it back after every decoration update (hover, selection, claims), each
    // time forcing style and layout of the whole article — hundreds of milliseconds on a long one.
    if (native && native.rangeCount > 0 && editor.view.dom.contains(native.anchorNode)) native.removeAllRanges();
    const offset = offsetAt(event);
    if (offset === null) return;
    const claimElement = (event.target as Element).closest?.("[data-claim-id]");
    callbacks.current.onClickOffset(offset, claimElement ? Number(claimElement.getAttribute("data-claim-id")) : null);
  }

  return (
    <div
      className={editing ? "article-surface article-surface--editing" : "article-surface"}
      role="region"
      aria-label="Article text"
      aria-keyshortcuts="ArrowDown ArrowUp J K 1 2 3 Delete Escape"
      tabIndex={0}
      onMouseDown={(e) => {
        pointerDown.current = { x: e.clientX, y: e.clientY };
      }}
      onMouseUp={handleMouseUp}
      onMouseMove={(e) => callbacks.current.onHoverOffset(editing ? null : offsetAt(e))}
      onMouseLeave={() => callbacks.current.onHoverOffset(null)}
      onKeyDown={(e) => {
        if (!editing) callbacks.current.onKeyDown(e);
      }}
    >
      {editor ? null : <p className="loading">Loading the article…</p>}
      <EditorContent editor={editor} />
    </div>
  );
}
