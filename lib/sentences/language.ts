/**
 * Primary language subtag of a BCP 47 tag, lower-cased: "fr-FR" → "fr",
 * "en_US" → "en". Returns "" for an empty or unparseable tag, which the rule
 * tables treat like English.
 */
export function baseLanguage(locale: string): string {
  const match = /^[A-Za-z]{2,8}(?=$|[-_])/.exec(locale.trim());
  return match ? match[0].toLowerCase() : "";
}
