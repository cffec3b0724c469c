/**
 * 6. Sentence splitting of the big article's canonical text: `splitSentences` (Intl.Segmenter
 * plus our corrections) against Intl.Segmenter alone, two ways: paragraph by paragraph (the
 * cost floor of our splitter, which also segments paragraph by paragraph) and over the whole
 * text at once (the naive use; V8's segment iterator slows down with the string's length).
 * Everything runs in this process, warmed up; medians of ten.
 */
import { splitSentences } from "@/lib/sentences";
import type { ResultRow } from "./result-row";
import { median, round, timeRuns } from "./stats";

const RUNS = 10;

export function measureSentences({ text, language, words }: { text: string; language: string; words: number }) {
  const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
  const paragraphs = text.split(/\n\n+/);
  let sentences = 0;
  let segments = 0;
  const ours = () => {
    sentences = splitSentences(text, language).length;
  };
  const byParagraph = () => {
    segments = 0;
    for (const paragraph of paragraphs) for (const _ of segmenter.segment(paragraph)) segments += 1;
  };
  const wholeText = () => {
    for (const _ of segmenter.segment(text));
  };
  for (const fn of [ours, byParagraph, wholeText]) timeRuns(3, fn);
  const oursMs = median(timeRuns(RUNS, ours));
  const paragraphMs = median(timeRuns(RUNS, byParagraph));
  const wholeMs = median(timeRuns(RUNS, wholeText));
  const kWordsPerS = (ms: number) => round(words / (ms / 1000) / 1000, 0);
  const rows: ResultRow[] = [
    { measurement: "6. Sentences: splitSentences vs. Segmenter per paragraph", value: round(oursMs, 1), unit: "ms", baseline: round(paragraphMs, 1), target: null, met: null },
    { measurement: "6. Sentences: splitSentences vs. Segmenter on whole text", value: round(oursMs, 1), unit: "ms", baseline: round(wholeMs, 1), target: null, met: null },
    { measurement: "6. Sentences: throughput vs. Segmenter per paragraph", value: kWordsPerS(oursMs), unit: "k words/s", baseline: kWordsPerS(paragraphMs), target: null, met: null },
  ];
  return { rows, details: { characters: text.length, words, paragraphs: paragraphs.length, sentences, segmenterSegments: segments, splitSentencesMs: oursMs, segmenterByParagraphMs: paragraphMs, segmenterWholeTextMs: wholeMs } };
}
