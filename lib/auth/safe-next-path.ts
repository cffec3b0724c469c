// Any origin works as the base: only whether the result stays on it matters.
const BASE = "http://claimcheck.invalid";
const MAX_LENGTH = 2048;
// Browsers strip tabs and newlines from URLs and read "\" as "/", so "/\t/evil.example" is
// "//evil.example" to them; such characters never belong in a path we redirect to.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f\\]/;

/**
 * Where to go after signing in: only a path on this site ("/articles/3"), never another origin,
 * however it is disguised ("//evil.example", "/\t/evil.example", "/%5cevil.example", …), so the
 * sign-in page cannot be used as an open redirect. The answer is the path as the WHATWG URL parser
 * serialises it (ASCII only, safe in a Location header); anything doubtful becomes "/".
 */
export function safeNextPath(next: string | null | undefined): string {
  if (typeof next !== "string" || next.length === 0 || next.length > MAX_LENGTH) return "/";
  if (UNSAFE_CHARACTERS.test(next) || !next.startsWith("/") || next.startsWith("//")) return "/";
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  // Something along the way (a proxy, a second redirect) may decode the path once more: what it
  // would then read must be a plain local path too.
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return "/";
  }
  if (decoded.startsWith("//") || UNSAFE_CHARACTERS.test(decoded)) return "/";
  return url.pathname + url.search + url.hash;
}
