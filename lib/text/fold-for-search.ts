/**
 * Lower-cases and strips accents so a search for "algerie" finds "Algérie" and "defection" finds
 * "« défection »"; typographic apostrophes become plain ones.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[’‘ʼ]/g, "'")
    .toLowerCase();
}
