import { getSchema, type AnyExtension } from "@tiptap/core";
import type { Schema } from "@tiptap/pm/model";
import { Node as ProseNode } from "@tiptap/pm/model";
import StarterKit from "@tiptap/starter-kit";
import type { ProseNodeJSON } from "./prose-json";

/**
 * The document model of an article, shared by the editor and the server: what the editor can
 * show is exactly what the server accepts and converts imports into.
 */
export function articleExtensions(): AnyExtension[] {
  return [StarterKit.configure({ link: { openOnClick: false } })];
}

let schema: Schema | null = null;

export function articleSchema(): Schema {
  schema ??= getSchema(articleExtensions());
  return schema;
}

/**
 * Checks that JSON is a document the editor can show (known nodes and marks, valid nesting) and
 * returns it normalised; throws a RangeError otherwise.
 */
export function validateDoc(json: unknown): ProseNodeJSON {
  if (typeof json !== "object" || json === null || (json as { type?: unknown }).type !== "doc") {
    throw new RangeError("content must be a Tiptap document: { type: \"doc\", content: [...] }");
  }
  const node = ProseNode.fromJSON(articleSchema(), json);
  node.check();
  return node.toJSON() as ProseNodeJSON;
}
