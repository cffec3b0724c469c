"use client";

import type { Editor } from "@tiptap/react";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import type { ProseNodeJSON } from "@/lib/text";
import type { ReanchorSummary } from "@/lib/api/dto";

/** Where the save's re-anchoring summary waits for the page that shows the new revision. */
export const reanchorStorageKey = (articleId: number) => `claimcheck:reanchor:${articleId}`;

export type EditConflict = { message: string; myText: string };

/**
 * Edit mode: start, cancel (back to the saved document) and save a new revision on top of the
 * revision the page shows. A stale save is a conflict the person resolves by reloading; their
 * text is kept on screen so nothing typed is lost.
 */
export function useArticleEdit({ articleId, revision, content }: { articleId: number; revision: number; content: ProseNodeJSON }) {
  const router = useRouter();
  const editorRef = useRef<Editor | null>(null);
  const [editing, setEditing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<EditConflict | null>(null);
  const [resetSerial, setResetSerial] = useState(0);

  function cancel() {
    editorRef.current?.commands.setContent(content, { emitUpdate: false });
    setEditing(false);
    setError(null);
    setResetSerial((n) => n + 1);
  }

  async function save() {
    const editor = editorRef.current;
    if (!editor) return;
    setSaving(true);
    setError(null);
    const response = await fetch(`/api/v1/articles/${articleId}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ content: editor.getJSON(), baseRevision: revision }),
    }).catch(() => null);
    const body = await response?.json().catch(() => null);
    setSaving(false);
    if (response?.ok) {
      sessionStorage.setItem(reanchorStorageKey(articleId), JSON.stringify({ revision: body.article.revision, reanchor: body.reanchor as ReanchorSummary }));
      setEditing(false);
      router.refresh();
      return;
    }
    if (response?.status === 409) {
      setConflict({ message: body?.error?.message ?? "Someone saved a newer revision.", myText: editor.getText({ blockSeparator: "\n\n" }) });
      return;
    }
    setError(body?.error?.message ?? "Saving failed; your text is still here. Try again.");
  }

  return {
    editing,
    saving,
    error,
    conflict,
    resetSerial,
    start: () => setEditing(true),
    cancel,
    save,
    onEditorReady: (editor: Editor) => {
      editorRef.current = editor;
    },
    editor: () => editorRef.current,
  };
}
