import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/sentences";

const sentences = (text: string, locale: string) =>
  splitSentences(text, locale).map(({ start, end }) => text.slice(start, end));

// The invariants every result must keep, whatever the text.
function expectWellFormed(text: string, locale: string) {
  const spans = splitSentences(text, locale);
  let previousEnd = 0;
  for (const { start, end } of spans) {
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeGreaterThan(start);
    expect(end).toBeLessThanOrEqual(text.length);
    const sentence = text.slice(start, end);
    expect(sentence).toBe(sentence.trim());
    expect(sentence).not.toMatch(/\n[^\S\n]*\n/);
    previousEnd = end;
  }
  return spans;
}

describe("splitSentences: span invariants", () => {
  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("", "fr")).toEqual([]);
    expect(splitSentences(" \n\n\t \n ", "en")).toEqual([]);
  });

  it("returns trimmed, non-empty, ordered spans", () => {
    const text = "  First one.   Second one!\t\n  Third?  \n\n\n   Fourth.  ";
    const spans = expectWellFormed(text, "en");
    expect(spans.map(({ start, end }) => text.slice(start, end))).toEqual(["First one.", "Second one!", "Third?", "Fourth."]);
    expect(spans[0]).toEqual({ start: 2, end: 12 });
  });

  it("never crosses a blank line, even one holding spaces or CRLF", () => {
    const text = "No stop here\n\nstill not here\n \t \nand a list:\r\n\r\n– last";
    expectWellFormed(text, "en");
    expect(sentences(text, "en")).toEqual(["No stop here", "still not here", "and a list:", "– last"]);
    expect(sentences("Il dit\n\nque non.", "fr")).toEqual(["Il dit", "que non."]);
  });

  it("keeps UTF-16 offsets after a non-BMP character", () => {
    const text = "🚨 Alerte rouge. Deuxième 👍🏽 phrase. Fin.";
    const spans = expectWellFormed(text, "fr");
    expect(spans).toEqual([
      { start: 0, end: 16 },
      { start: 17, end: 38 },
      { start: 39, end: 43 },
    ]);
    expect(text.slice(spans[1].start, spans[1].end)).toBe("Deuxième 👍🏽 phrase.");
  });

  it("accepts region subtags and survives a malformed locale", () => {
    expect(sentences("Mr. Smith left. He came back.", "en-GB")).toEqual(["Mr. Smith left.", "He came back."]);
    expect(sentences("Hello there. Bye now.", "not a locale!")).toEqual(["Hello there.", "Bye now."]);
  });
});

describe("splitSentences: the demo article", () => {
  const article = readFileSync(fileURLToPath(new URL("../../../fixtures/article-fr.txt", import.meta.url)), "utf8");
  const spans = expectWellFormed(article, "fr");
  const paragraphs = article.split("\n\n");
  const paragraphStarts = paragraphs.map((_, i) => paragraphs.slice(0, i).join("\n\n").length + (i ? 2 : 0));
  const inParagraph = (i: number) =>
    spans
      .filter(({ start }) => start >= paragraphStarts[i] && (i + 1 === paragraphs.length || start < paragraphStarts[i + 1]))
      .map(({ start, end }) => article.slice(start, end));

  it("splits its three paragraphs into 2, 5 and 4 sentences", () => {
    expect(paragraphs).toHaveLength(3);
    expect([0, 1, 2].map((i) => inParagraph(i).length)).toEqual([2, 5, 4]);
    expect(spans).toHaveLength(11);
  });

  it("keeps « depuis… Alger. » as one sentence", () => {
    expect(inParagraph(1)[3]).toBe("Il avait entamé les contacts avec les services français depuis… Alger.");
  });

  it("does not split at (DGSE) or M’henna Djebbar", () => {
    const last = inParagraph(1)[4];
    expect(last.startsWith("La direction générale de la Sécurité extérieure (DGSE) dirigée par Bernard Emié")).toBe(true);
    expect(last).toContain("par le général-major M’henna Djebbar, l’un des meilleurs");
    expect(last.endsWith("interlocuteurs de la France en Algérie.")).toBe(true);
  });

  it("keeps guillemets inside their sentences", () => {
    const third = inParagraph(2);
    expect(third[0]).toMatch(/^Les services algériens .* sur cette « défection » d’un important membre du groupe Wagner\.$/);
    expect(third[1]).toMatch(/^A travers ce « cadeau », les autorités/);
    expect(third[3]).toBe("Il est fini le temps où la France était honnie, rejetée et « larguée » à Alger.");
  });

  it("yields exactly the sentences of the first paragraph", () => {
    expect(inParagraph(0)).toEqual([
      "C’est un véritable cadeau en or que viennent d’offrir les services secrets algériens à leurs homologues français.",
      expect.stringMatching(/^Un espion russe .* Roissy-Charles de Gaulle\.$/),
    ]);
  });
});

describe("splitSentences: French", () => {
  it("keeps titles with the name that follows (M., Mme, MM., Mlle.)", () => {
    expect(sentences("Il a rencontré M. Dupont hier. Mme Durand était là. Selon M. Le Pen, rien.", "fr")).toEqual([
      "Il a rencontré M. Dupont hier.",
      "Mme Durand était là.",
      "Selon M. Le Pen, rien.",
    ]);
    expect(sentences("MM. Dupont et Durand sont là. Mlle. Martin aussi.", "fr")).toEqual([
      "MM. Dupont et Durand sont là.",
      "Mlle. Martin aussi.",
    ]);
  });

  it("reads M. as Monsieur only before a name, and only in French", () => {
    const text = "Il a noté la lettre M. Puis il est parti.";
    expect(sentences(text, "fr")).toEqual(["Il a noté la lettre M.", "Puis il est parti."]);
    expect(sentences("She wrote the letter M. Then she stopped.", "en")).toEqual([
      "She wrote the letter M.",
      "Then she stopped.",
    ]);
  });

  it("does not end sentences at p. ex., cf., av. J.-C. or page numbers", () => {
    expect(sentences("Des fruits, p. ex. Des pommes ou des poires. Voir cf. Dupont, p. 12.", "fr")).toEqual([
      "Des fruits, p. ex. Des pommes ou des poires.",
      "Voir cf. Dupont, p. 12.",
    ]);
    expect(sentences("La ville fut fondée en 52 av. J.-C. Les Romains arrivèrent.", "fr")).toEqual([
      "La ville fut fondée en 52 av. J.-C.",
      "Les Romains arrivèrent.",
    ]);
  });

  it("keeps a closing guillemet after the stop with its sentence", () => {
    expect(sentences("Il a dit « C’est fini. » Puis il est parti.", "fr")).toEqual([
      "Il a dit « C’est fini. »",
      "Puis il est parti.",
    ]);
    expect(sentences("« Vraiment ? » a-t-il demandé. Oui.", "fr")).toEqual(["« Vraiment ? » a-t-il demandé.", "Oui."]);
  });
});

describe("splitSentences: numbers, ellipses, quotes", () => {
  it("does not split decimals, thousands or percentages", () => {
    expect(sentences("Le taux est de 3.5 % pour 1.000 personnes. Il y a 2.5% de plus.", "fr")).toEqual([
      "Le taux est de 3.5 % pour 1.000 personnes.",
      "Il y a 2.5% de plus.",
    ]);
    expect(sentences("She has $100.00. It is in her bag.", "en")).toEqual(["She has $100.00.", "It is in her bag."]);
  });

  it("continues after an ellipsis before a lower-case word or a closing name", () => {
    expect(sentences("Il attendait… rien. Il pensait à… Paris.", "fr")).toEqual(["Il attendait… rien.", "Il pensait à… Paris."]);
    expect(sentences("I mean... well, fine. It ended . . . I left.", "en")).toEqual(["I mean... well, fine.", "It ended . . . I left."]);
  });

  it("ends a sentence at an ellipsis before a new clause", () => {
    expect(sentences("Il hésita… Puis il partit.", "fr")).toEqual(["Il hésita…", "Puis il partit."]);
    expect(sentences("I never meant that.... She left the store.", "en")).toEqual(["I never meant that....", "She left the store."]);
  });

  it("keeps closing quotes and parentheses with the sentence they close", () => {
    expect(sentences("She said, “I’m done.” Then she left.", "en")).toEqual(["She said, “I’m done.”", "Then she left."]);
    expect(sentences("He said \"Stop.\" Then he left. (See above.) Fine.", "en")).toEqual([
      "He said \"Stop.\"",
      "Then he left.",
      "(See above.)",
      "Fine.",
    ]);
  });
});

describe("splitSentences: English abbreviations", () => {
  it("keeps titles, initials and dotted acronyms inside the sentence", () => {
    expect(sentences("Dr. Jones met J. R. R. Tolkien at St. Mary's. The U.S. Government agreed.", "en")).toEqual([
      "Dr. Jones met J. R. R. Tolkien at St. Mary's.",
      "The U.S. Government agreed.",
    ]);
  });

  it("ends a sentence at an abbreviation followed by a sentence opener", () => {
    expect(sentences("I live in the U.S. How about you? Talk to Pitt & Co. They know.", "en")).toEqual([
      "I live in the U.S.",
      "How about you?",
      "Talk to Pitt & Co.",
      "They know.",
    ]);
    expect(sentences("I live on Main St. The house is red.", "en")).toEqual(["I live on Main St.", "The house is red."]);
  });
});

describe("splitSentences: lists and line breaks", () => {
  it("starts a new sentence at each list item after a line break", () => {
    expect(sentences("Steps:\n1. Mix it\n2. bake it\n- serve it\n• eat it", "en")).toEqual([
      "Steps:",
      "1. Mix it",
      "2. bake it",
      "- serve it",
      "• eat it",
    ]);
  });

  it("splits numbered items that share a line", () => {
    expect(sentences("1) The first item 2) The second item", "en")).toEqual(["1) The first item", "2) The second item"]);
    expect(sentences("She bought 2. The rest were gone.", "en")).toEqual(["She bought 2.", "The rest were gone."]);
  });

  it("joins a sentence wrapped over lines, but not unpunctuated lines", () => {
    expect(sentences("Roses are red,\nviolets are blue. Sugar is sweet.", "en")).toEqual([
      "Roses are red,\nviolets are blue.",
      "Sugar is sweet.",
    ]);
    expect(sentences("features\ncontact manager\nevents", "en")).toEqual(["features", "contact manager", "events"]);
    expect(sentences("Titre\nLe texte commence ici.", "fr")).toEqual(["Titre", "Le texte commence ici."]);
  });

  it("splits where the space after a stop is missing, but not in addresses", () => {
    expect(sentences("Hello world.Today is Tuesday. Write to Jane.Doe@example.com. Thanks.", "en")).toEqual([
      "Hello world.",
      "Today is Tuesday.",
      "Write to Jane.Doe@example.com.",
      "Thanks.",
    ]);
  });
});
