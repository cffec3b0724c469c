/**
 * The subset of ProseMirror / Tiptap document JSON the text model reads.
 * Kept structural so the server can work on stored JSON without a schema instance.
 */
export type ProseNodeJSON = {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: ProseNodeJSON[];
};
