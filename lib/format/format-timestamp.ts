/**
 * "2025-03-14 09:30 UTC" from an ISO timestamp. Deliberately not Intl: the server and the browser
 * may ship different locale data, and a client component must render the same text in both.
 */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
