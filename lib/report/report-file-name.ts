/** Letters that Unicode decomposition does not reduce to ASCII, spelled the usual way. */
const LIGATURES: Record<string, string> = { œ: "oe", Œ: "OE", æ: "ae", Æ: "AE", ß: "ss", ø: "o", Ø: "O", ł: "l", Ł: "L", đ: "d", Đ: "D", þ: "th", Þ: "Th" };

/** "Réforme : « l’œuvre »" → "reforme-l-oeuvre": lower-case ASCII words joined by hyphens. */
export function slugify(title: string, fallback = "article"): string {
  const ascii = title
    .replace(/[œŒæÆßøØłŁđĐþÞ]/g, (char) => LIGATURES[char])
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return ascii.slice(0, 80).replace(/-+$/, "") || fallback;
}

/** RFC 5987 value characters: encodeURIComponent leaves a few that are not allowed there. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `attachment; filename="reforme-l-oeuvre-report.pdf"; filename*=UTF-8''R%C3%A9forme…-report.pdf`:
 * an ASCII name every client understands, and the real title for those that read `filename*`.
 */
export function reportContentDisposition(title: string, extension: string): string {
  const real = `${title.replace(/[\u0000-\u001f\u007f/\\]+/g, " ").trim() || "article"}-report.${extension}`;
  return `attachment; filename="${slugify(title)}-report.${extension}"; filename*=UTF-8''${encodeRfc5987(real)}`;
}
