// The security headers of every answer, in one place: the proxy (pages, API) and next.config.js
// (static files) read them, and the tests check them.

/** Headers every answer carries, whatever it is: a page, a download, a script, an error. */
export const COMMON_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  // Article and claim addresses are nobody else's business: full address to ourselves, nothing
  // to other sites (a source link opened from the workspace does not learn which article).
  "Referrer-Policy": "same-origin",
  // For browsers that predate CSP's frame-ancestors.
  "X-Frame-Options": "DENY",
};

/**
 * The policy of the app's pages. Scripts run only from our origin with this request's nonce
 * (Next.js puts it on its own scripts; 'strict-dynamic' lets them load the page's chunks): no
 * inline script without it, no eval outside development. Inline style attributes stay allowed
 * (React's server-rendered `style` props, the editor's positioning); they cannot run code.
 */
export function pageContentSecurityPolicy(nonce: string, { development = false }: { development?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${development ? " ws:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The policy of API answers and downloads (JSON, PDF, CSV, the HTML report): nothing may run or
 * load, the HTML report keeps its inline style and its data: chart, and none may be framed.
 */
export const DOWNLOAD_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox; frame-ancestors 'none'";

/** A fresh, unguessable nonce for one response (128 bits, base64). */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
