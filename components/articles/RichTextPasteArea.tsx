"use client";

import { useRef, useState } from "react";

// The page's stylesheet styles inputs and text areas; this box has to look like one of them.
const BOX_STYLE = {
  minHeight: "16em",
  maxHeight: "60vh",
  overflowY: "auto",
  padding: 8,
  border: "1px solid var(--line)",
  borderRadius: 6,
  background: "#fff",
  fontFamily: "var(--font-text)",
  lineHeight: 1.6,
} as const;

/**
 * A box that takes formatted text pasted from a web page or a word processor, and submits its
 * HTML as the form's `body` field. Nothing here is trusted: the server sanitises that HTML.
 */
export function RichTextPasteArea({ active, error }: { active: boolean; error?: string }) {
  const [html, setHtml] = useState("");
  const box = useRef<HTMLDivElement>(null);
  return (
    <>
      <label id="paste-label" onClick={() => box.current?.focus()}>
        Paste formatted text
      </label>
      <div
        ref={box}
        id="paste"
        role="textbox"
        aria-multiline="true"
        aria-labelledby="paste-label"
        aria-invalid={!!error}
        aria-describedby={error ? "body-error" : undefined}
        contentEditable={active}
        suppressContentEditableWarning
        onInput={(event) => setHtml(event.currentTarget.innerHTML)}
        style={BOX_STYLE}
      />
      {/* Disabled (so not submitted) unless this is the chosen format: the text area sends body then. */}
      <input type="hidden" name="body" value={html} disabled={!active} />
    </>
  );
}
