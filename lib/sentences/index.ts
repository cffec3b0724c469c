/**
 * Sentence segmentation of an article's canonical text: `splitSentences`
 * returns the offsets of each sentence, the units claims are tagged against.
 *
 * Pure: no React, Node or database imports — runs in the browser and on the server.
 */
export { splitSentences } from "./split-sentences";
export type { TextSpan } from "./text-span";
