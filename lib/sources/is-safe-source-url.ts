/**
 * True for a complete http(s) URL with a host. Everything else — javascript:, data:, file:,
 * relative paths, "example.org" without a scheme — is refused, so a source link can never run
 * code or point inside the app.
 */
export function isSafeSourceUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0 && !/\s/.test(value);
}
