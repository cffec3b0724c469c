/**
 * The benchmark's synthetic long article: Markdown paragraphs in French and English, made from a
 * seeded pseudo-random generator so every run measures the same text.
 */

/** mulberry32: a tiny, fast PRNG; the same seed gives the same sequence on every machine. */
export function createRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
export const between = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

const FR = {
  subjects: ["Le ministre", "La préfète", "Le porte-parole du gouvernement", "M. Dupont", "Mme Lefèvre", "L'opposition", "Le syndicat", "La direction de l'hôpital", "Le maire de Lyon", "Un rapport de la Cour des comptes", "La police", "Le procureur", "Une source proche du dossier", "L'Insee", "Le collectif d'habitants"],
  verbs: ["affirme que", "a déclaré que", "assure que", "estime que", "reconnaît que", "dément que", "a confirmé que", "soutient que", "rappelle que", "conteste que"],
  clauses: [
    "le budget a augmenté de {n},{d} % en un an",
    "les effectifs ont baissé depuis {y}",
    "près de {k} personnes ont manifesté samedi",
    "la réforme entrera en vigueur le {day} mars",
    "le chantier coûtera {k} millions d'euros",
    "aucune décision n'a été prise avant le conseil",
    "les chiffres publiés en {y} étaient faux",
    "l'usine fermera ses portes d'ici {y}",
    "le taux de chômage atteint {n},{d} % dans la région",
    "les loyers ont doublé en dix ans",
    "le texte sera examiné par le Sénat",
    "la mesure concerne {k} foyers",
  ],
  tails: ["selon nos informations", "d'après l'AFP", "lors d'une conférence de presse", "dans un communiqué", "sans apporter de preuve", "devant les députés", "au micro de France Inter", ""],
  quotes: ["« Nous n'avons rien caché »", "« Les chiffres parlent d'eux-mêmes »", "« C'est inexact »", "« Il faut attendre le rapport »"],
};

const EN = {
  subjects: ["The minister", "The spokesperson", "Mr. Smith", "Dr. Jones", "The opposition", "The union", "The hospital board", "The mayor", "A report by the U.S. Treasury", "The police", "The prosecutor", "A source close to the case", "The statistics office", "The residents' group", "Senator Brown"],
  verbs: ["said that", "claimed that", "insists that", "estimates that", "admitted that", "denied that", "confirmed that", "argues that", "recalled that", "disputes that"],
  clauses: [
    "the budget grew by {n}.{d}% in a year",
    "staff numbers have fallen since {y}",
    "nearly {k} people marched on Saturday",
    "the reform takes effect on March {day}",
    "the project will cost {k} million dollars",
    "no decision was taken before the meeting",
    "the figures published in {y} were wrong",
    "the plant will close by {y}",
    "unemployment stands at {n}.{d}% in the region",
    "rents have doubled in ten years",
    "the bill will go to the Senate",
    "the measure affects {k} households",
  ],
  tails: ["according to our sources", "according to Reuters", "at a press conference", "in a statement", "without giving evidence", "before the committee", "on the radio", ""],
  quotes: ["\"We hid nothing\"", "\"The numbers speak for themselves\"", "\"That is untrue\"", "\"We must wait for the report\""],
};

function fillNumbers(rng: Rng, clause: string): string {
  return clause
    .replace("{n}", String(between(rng, 1, 40)))
    .replace("{d}", String(between(rng, 0, 9)))
    .replace("{y}", String(between(rng, 1995, 2024)))
    .replace("{k}", String(between(rng, 120, 98000)))
    .replace("{day}", String(between(rng, 1, 28)));
}

function sentence(rng: Rng, lang: typeof FR): string {
  const roll = rng();
  if (roll < 0.08) return `${pick(rng, lang.quotes)}, ${lang === FR ? "a lancé" : "said"} ${pick(rng, lang.subjects).toLowerCase()}.`;
  const tail = pick(rng, lang.tails);
  let clause = fillNumbers(rng, pick(rng, lang.clauses));
  // Some inline formatting, so the text is split into several text nodes as real articles are.
  if (rng() < 0.1) clause = `**${clause}**`;
  else if (rng() < 0.05) clause = `*${clause}*`;
  return `${pick(rng, lang.subjects)} ${pick(rng, lang.verbs)} ${clause}${tail ? `, ${tail}` : ""}.`;
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

export type GeneratedArticle = { title: string; language: string; markdown: string; paragraphs: number; words: number };

/**
 * A long article: `paragraphs` paragraphs of two to four sentences (about 20 words each, so
 * 1,000 paragraphs are about 20,000 words), a section heading every 100 paragraphs. About
 * 60 % of the paragraphs are French, the rest English (quoted wire copy); the article is "fr".
 */
export function generateArticle({ seed, paragraphs }: { seed: number; paragraphs: number }): GeneratedArticle {
  const rng = createRng(seed);
  const blocks: string[] = [];
  let words = 0;
  for (let p = 0; p < paragraphs; p++) {
    if (p % 100 === 0) blocks.push(`## Partie ${p / 100 + 1}`);
    const lang = rng() < 0.6 ? FR : EN;
    const target = between(rng, 9, 19);
    const sentences: string[] = [];
    let paragraphWords = 0;
    while (paragraphWords < target) {
      const s = sentence(rng, lang);
      sentences.push(s);
      paragraphWords += countWords(s);
    }
    words += paragraphWords;
    blocks.push(sentences.join(" "));
  }
  return { title: `Benchmark: a long article (seed ${seed})`, language: "fr", markdown: blocks.join("\n\n"), paragraphs, words };
}
