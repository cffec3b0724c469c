"use client";

import { useEditorState, type Editor } from "@tiptap/react";

type Props = { editor: Editor; saving: boolean; onSave: () => void; onCancel: () => void };

/** Formatting for Edit mode, plus Save and Cancel. Every control is a named button; keys work too (Ctrl+B…). */
export function EditToolbar({ editor, saving, onSave, onCancel }: Props) {
  const chain = () => editor.chain().focus();
  // Re-render the pressed states as the cursor moves and marks change.
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      paragraph: e.isActive("paragraph"),
      heading: e.isActive("heading", { level: 2 }),
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      link: e.isActive("link"),
      bulletList: e.isActive("bulletList"),
      orderedList: e.isActive("orderedList"),
      blockquote: e.isActive("blockquote"),
    }),
  });
  const toggle = (label: string, active: boolean, run: () => void, keys?: string) => (
    <button type="button" className="button format-button" aria-pressed={active} aria-keyshortcuts={keys} onClick={run}>
      {label}
    </button>
  );

  function setLink() {
    const current = editor.getAttributes("link").href as string | undefined;
    const href = window.prompt("Link address (https://…); leave empty to remove the link", current ?? "https://");
    if (href === null) return;
    if (href.trim() === "") chain().extendMarkRange("link").unsetLink().run();
    else if (/^(https?:|mailto:)/i.test(href.trim())) chain().extendMarkRange("link").setLink({ href: href.trim() }).run();
    else window.alert("Use an http://, https:// or mailto: address.");
  }

  return (
    <div className="edit-toolbar" role="toolbar" aria-label="Edit the text">
      {toggle("Paragraph", active.paragraph, () => chain().setParagraph().run())}
      {toggle("Heading", active.heading, () => chain().toggleHeading({ level: 2 }).run())}
      {toggle("Bold", active.bold, () => chain().toggleBold().run(), "Control+B")}
      {toggle("Italic", active.italic, () => chain().toggleItalic().run(), "Control+I")}
      {toggle("Link", active.link, setLink)}
      {toggle("Bulleted list", active.bulletList, () => chain().toggleBulletList().run())}
      {toggle("Numbered list", active.orderedList, () => chain().toggleOrderedList().run())}
      {toggle("Quote", active.blockquote, () => chain().toggleBlockquote().run())}
      <span className="edit-toolbar-spacer" />
      <button type="button" className="button" onClick={onCancel} disabled={saving}>
        Cancel
      </button>
      <button type="button" className="button button-primary" onClick={onSave} disabled={saving}>
        {saving ? "Saving…" : "Save"}
      </button>
    </div>
  );
}
