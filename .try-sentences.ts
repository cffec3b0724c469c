import { splitSentences } from "./lib/sentences";
import { readFileSync } from "node:fs";
const art = readFileSync("tests/fixtures/article-fr.txt", "utf8");
let big = ""; while (big.split(/\s+/).length < 20000) big += art + "\n\n" + "Mr. Smith went to Washington. He met Dr. Jones at 5 p.m. in the U.S. Capitol… Then 1. Items 2. More\nline wraps\nhere. Yes!\n\n";
const one = big.replace(/\n/g, " ");
const nospace = "a.".repeat(50000);
const dots = "Ab.Cd".repeat(20000);
const words = "word ".repeat(20000);
for (const [name, t] of [["big", big], ["one para", one], ["nospace", nospace], ["glued", dots], ["words", words]] as const) {
  splitSentences(t, "en");
  const t0 = performance.now(); const a = splitSentences(t, "en"); const t1 = performance.now(); const b = splitSentences(t, "fr"); const t2 = performance.now();
  console.log(name, t.length, a.length, (t1 - t0).toFixed(1), "ms en", b.length, (t2 - t1).toFixed(1), "ms fr");
}
// equivalence: chunked vs unchunked boundaries on "one"
const seg = new Intl.Segmenter("en", { granularity: "sentence" });
const whole = [...seg.segment(one)].map(s => s.index);
import { segmenterBoundaries } from "./lib/sentences/segmenter-boundaries";
const chunked = [0, ...segmenterBoundaries(one, 0, one.length, "en")];
console.log("chunk-equivalent", JSON.stringify(whole) === JSON.stringify(chunked), whole.length, chunked.length);
