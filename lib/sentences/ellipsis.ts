import { isClosingMark, isLower, isSpace, isTerminal, isUpper } from "./characters";

// How far back an ellipsis can reach: ". . . ." plus a letter.
const TAIL_LENGTH = 10;
const FOUR_DOTS_AFTER_WORD = /\p{L}\.(?: \.){3}$/u;
const SPACED_FOUR_DOTS = /(?:^|\s)\.(?: \.){3}$/;
const SPACED_THREE_DOTS = /(?:^|\s)\.(?: \.){2}$/;
const FOUR_DOTS = /\.{4,}$/;
const THREE_DOTS = /(?:\.{3}|…)$/;
// A proper noun that closes the sentence the ellipsis suspended: "depuis… Alger."
const SUSPENDED_NAME = /^(?:\p{Lu}[\p{L}’'-]*\s+){0,2}\p{Lu}[\p{L}’'-]*[.!?]/u;

/**
 * Offsets inside `text[start, end)` where a capital follows a Unicode
 * ellipsis "…", whitespace and maybe closing marks ("sais pas… » Il").
 * UAX #29 never breaks after "…", so these are extra candidates for
 * {@link ellipsisBreak} to judge.
 */
export function findEllipsisBreaks(text: string, start: number, end: number): number[] {
  const breaks: number[] = [];
  for (let i = start; i < end; i++) {
    if (text[i] !== "…") continue;
    let next = i + 1;
    let spaced = false;
    for (; next < end && (isSpace(text[next]) || isClosingMark(text[next])); next++) spaced ||= isSpace(text[next]);
    if (spaced && isUpper(text[next])) breaks.push(next);
  }
  return breaks;
}

/**
 * Judges a candidate boundary whose sentence so far ends (before `stopEnd`)
 * with an ellipsis; `next` is where the following text starts. Returns the
 * offset to break at, null to keep one sentence, or undefined when there is
 * no ellipsis there and other rules should decide.
 *
 * Three dots or "…" suspend a sentence: it goes on when a lower-case word
 * follows, and also when only a capitalised name closes it ("depuis… Alger.").
 * Spaced dots ". . ." mark an omission inside a quotation and never end one
 * by themselves. Four dots are a full stop plus an ellipsis, so they do end a
 * sentence; when the stop is glued to the last word ("compounds. . . . The"),
 * the omission is read as opening the next sentence, and the break goes right
 * after the stop.
 */
export function ellipsisBreak(
  text: string,
  segmentStart: number,
  stopEnd: number,
  next: number,
  end: number,
): number | null | undefined {
  const tail = text.slice(Math.max(segmentStart, stopEnd - TAIL_LENGTH), stopEnd);
  if (FOUR_DOTS_AFTER_WORD.test(tail)) return stopEnd - 6;
  if (SPACED_FOUR_DOTS.test(tail) || FOUR_DOTS.test(tail)) return next;
  if (SPACED_THREE_DOTS.test(tail)) return null;
  if (!THREE_DOTS.test(tail)) return undefined;
  if (isLower(text[next])) return null;
  const rest = text.slice(next, Math.min(end, next + 80));
  const name = SUSPENDED_NAME.exec(rest);
  if (name && (next + name[0].length >= end || !isTerminal(text[next + name[0].length]))) return null;
  return next;
}
