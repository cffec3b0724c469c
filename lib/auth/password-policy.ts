import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

/** NIST SP 800-63B: at least 8 characters, and at least 64 allowed (we allow 256). */
export const MIN_PASSWORD = 8;
export const MAX_PASSWORD = 256;

/** Why a password is refused: an app code, turned into words by whoever shows it. */
export type PasswordProblem = "too_short" | "too_long" | "too_common";

// Below a million guesses (zxcvbn's scores 0 and 1) a password falls to an online attack that
// respects our sign-in throttle within months: a breached or common password, a keyboard walk, a
// repeat, a sequence, or one of these decorated ("P@ssw0rd!", "Summer2024", "claimcheck1").
const MIN_GUESSES = 1e6;
// Words anyone attacking this app would try first (NIST: "context-specific words").
const APP_WORDS = ["claimcheck", "claim check", "factcheck", "fact-check"];

let estimator: ZxcvbnFactory | null = null;
// Building the matcher reads ~50,000 common passwords (≈0.1 s): once, on first use.
function passwordEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs, maxLength: MAX_PASSWORD });
  return estimator;
}

/** The words of a person's name and email that a password should not be built on. */
export function personalWords({ name, email }: { name?: string; email?: string }): string[] {
  const local = email?.split("@")[0] ?? "";
  return [name ?? "", ...(name ?? "").split(/\s+/), email ?? "", local, ...local.split(/[._+-]+/)].filter((word) => word.length >= 3);
}

/**
 * NIST SP 800-63B for passwords people choose: 8 to 256 characters (counted as characters, any
 * Unicode, spaces allowed, no composition rules), and not guessable: refused when it is, or is
 * built from, a common or breached password (the list maintained by the zxcvbn-ts project, kept
 * offline in its package), a repeat, sequence or keyboard pattern, the app's name, or the
 * person's own name or email (`context`).
 */
export function checkPassword(password: string, context: string[] = []): { ok: true } | { ok: false; problem: PasswordProblem } {
  if ([...password].length < MIN_PASSWORD) return { ok: false, problem: "too_short" };
  if (password.length > MAX_PASSWORD) return { ok: false, problem: "too_long" };
  const { guesses } = passwordEstimator().check(password, [...APP_WORDS, ...context]);
  return guesses < MIN_GUESSES ? { ok: false, problem: "too_common" } : { ok: true };
}

/** English wording of a password problem, for forms and API errors. */
export const PASSWORD_PROBLEMS: Record<PasswordProblem, string> = {
  too_short: `password must be at least ${MIN_PASSWORD} characters`,
  too_long: `password is longer than ${MAX_PASSWORD} characters`,
  too_common: "password is too easy to guess: it is, or is built on, a common or breached password, a simple pattern, or your name or email",
};
