/**
 * Where to go after signing in: only a path on this site ("/articles/3"), never another origin
 * ("//evil.example", "https://…"), so the sign-in page cannot be used as an open redirect.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
