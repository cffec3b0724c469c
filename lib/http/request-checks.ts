// Checks the proxy makes before Next.js sees a request, for inputs Next.js itself answers with a
// bare 500: a path that is not valid percent-encoded UTF-8, a server action posted from another
// site, a no-JavaScript form post whose action fields are incomplete. Pure functions of the
// request's parts, so they are tested without a server.

/** True when the path's percent escapes do not decode (`%ff`, `%E9` alone, a lone `%`). */
export function hasMalformedPath(rawPath: string): boolean {
  try {
    decodeURIComponent(rawPath);
    return false;
  } catch {
    return true;
  }
}

/**
 * True when a browser says the request comes from another site: its `Origin` names a host other
 * than the one the request was sent to (`X-Forwarded-Host` behind a proxy, as Next.js reads it).
 * No `Origin` (old clients, same-origin navigations of some browsers) is not proof of anything.
 */
export function isForeignOrigin(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return false;
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0].trim().toLowerCase();
  try {
    return new URL(origin).host.toLowerCase() !== host;
  } catch {
    return true; // "null" (sandboxed frames, file: pages) or garbage: not us
  }
}

/** True for a body a plain HTML form sends: what a server action receives without JavaScript. */
export function isFormBody(contentType: string | null): boolean {
  return /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(contentType ?? "");
}

/**
 * Why a form posted without JavaScript cannot be a well-formed server action call, or null when
 * it can (or when it names no action at all, which Next.js refuses with a 400 of its own).
 * React writes an action's form as `$ACTION_ID_<id>`, or as `$ACTION_REF_<n>` with
 * `$ACTION_<n>:0` = `{"id", "bound"}` and, when arguments are bound (`"$@k"`), `$ACTION_<n>:k`;
 * each part is JSON. A missing or broken part made React's decoder throw, and Next.js answer 500.
 */
export function malformedActionForm(form: FormData): string | null {
  const refs = [...form.keys()].flatMap((key) => /^\$ACTION_REF_(\d+)$/.exec(key)?.[1] ?? []);
  for (const ref of refs) {
    const header = parseJson(form.get(`$ACTION_${ref}:0`));
    if (header === undefined || typeof header !== "object" || header === null || typeof (header as { id?: unknown }).id !== "string") return "the form's action is missing or broken";
    const bound = (header as { bound?: unknown }).bound;
    if (bound === null || bound === undefined) continue;
    const part = typeof bound === "string" ? /^\$@(\d+)$/.exec(bound)?.[1] : undefined;
    if (part === undefined || !Array.isArray(parseJson(form.get(`$ACTION_${ref}:${part}`)))) return "the form's saved state is missing or broken";
  }
  for (const [key, value] of form.entries()) {
    if (/^\$ACTION_\d+:\d+$/.test(key) && parseJson(value) === undefined) return "a part of the form's action is not readable";
  }
  return null;
}

function parseJson(value: FormDataEntryValue | null): unknown {
  if (typeof value !== "string") return undefined;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}
