export { BLOCK_SEPARATOR, buildTextModel, canonicalText } from "./canonical-text";
export type { TextBlock, TextModel, TextSegment } from "./canonical-text";
export { offsetToPos, posToOffset } from "./position-map";
export type { ProseNodeJSON } from "./prose-json";
export { plainTextToDoc } from "./plain-text-to-doc";
export { markdownToDoc } from "./markdown-to-doc";
