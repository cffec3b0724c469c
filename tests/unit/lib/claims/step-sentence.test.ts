import { describe, expect, it } from "vitest";
import { stepSentence } from "@/lib/claims/step-sentence";

const sentences = [
  { start: 0, end: 10 },
  { start: 11, end: 20 },
  { start: 22, end: 30 },
];

describe("stepSentence", () => {
  it("starts at the first or last sentence without a selection", () => {
    expect(stepSentence(sentences, null, 1)).toEqual(sentences[0]);
    expect(stepSentence(sentences, null, -1)).toEqual(sentences[2]);
  });

  it("moves one sentence forward and back, stopping at the ends", () => {
    expect(stepSentence(sentences, sentences[0], 1)).toEqual(sentences[1]);
    expect(stepSentence(sentences, sentences[2], 1)).toEqual(sentences[2]);
    expect(stepSentence(sentences, sentences[1], -1)).toEqual(sentences[0]);
    expect(stepSentence(sentences, sentences[0], -1)).toEqual(sentences[0]);
  });

  it("moves from a phrase to the next sentence, or back to the one holding it", () => {
    expect(stepSentence(sentences, { start: 13, end: 15 }, 1)).toEqual(sentences[2]);
    expect(stepSentence(sentences, { start: 13, end: 15 }, -1)).toEqual(sentences[1]);
  });

  it("returns nothing for a text without sentences", () => {
    expect(stepSentence([], null, 1)).toBeUndefined();
  });
});
