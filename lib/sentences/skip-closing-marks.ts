import { isClosingMark, isSpace, isTerminal } from "./characters";
import { trimEnd } from "./tokens";

/**
 * Moves a boundary found at `pos` past closing marks that belong to the
 * sentence before it. UAX #29 only keeps a closing quote with its sentence
 * when no space separates them, so French « C’est fini. » and a spaced
 * `fini. ”` get their guillemet or quote handed to the next sentence.
 * Returns the offset after those marks, or `pos` when there are none or when
 * they are glued to the next word (then they open it instead).
 */
export function skipClosingMarks(text: string, paragraphStart: number, pos: number, end: number): number {
  let i = pos;
  while (i < end && isClosingMark(text[i])) i++;
  if (i === pos || (i < end && !isSpace(text[i]))) return pos;
  const before = trimEnd(text, paragraphStart, pos);
  return before > paragraphStart && isTerminal(text[before - 1]) ? i : pos;
}
