import fs from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/api/app-error";
import { canonicalText, type ProseNodeJSON } from "@/lib/text";
import { articleSchema } from "@/lib/text/article-schema";
import { htmlToDoc } from "@/server/import/html-to-doc";
import { readArticleUpload } from "@/server/import/read-article-upload";
import { sanitizeArticleHtml } from "@/server/import/sanitize-article-html";

const FIXTURES = path.join(__dirname, "..", "..", "fixtures", "import");
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name));
const NBSP = "\u00a0"; // French typography: the no-break space inside « guillemets »

// Every node of a document, depth first; the texts carrying a mark.
const nodes = (doc: ProseNodeJSON): ProseNodeJSON[] => [doc, ...(doc.content ?? []).flatMap(nodes)];
const textsWithMark = (doc: ProseNodeJSON, mark: string) => nodes(doc).filter((n) => n.marks?.some((m) => m.type === mark)).map((n) => n.text);

/** Awaits a call that must refuse with an AppError of `code`. */
async function refusal(run: () => Promise<unknown>, code: string): Promise<AppError> {
  const error = await run().then(() => null, (e: unknown) => e);
  expect(error instanceof AppError ? error.code : error).toBe(code);
  return error as AppError;
}

describe("sanitizeArticleHtml", () => {
  const clean = sanitizeArticleHtml(fixture("unsafe.html").toString("utf8"));

  it("removes scripts, styles, frames and objects with their content, and every handler and style", () => {
    for (const gone of ["<script", "alert", "stolen", "evil.example", "contenu du cadre", "objet", "<style", "tracker", "<iframe", "<object", "<img", "onerror", "onclick", "onload", "style=", "class=", "id=", "target=", "Titre de la page"]) {
      expect(clean).not.toContain(gone);
    }
  });

  it("keeps the structure the editor can show, and links only to http(s) and mailto", () => {
    expect(clean).toContain("<h2>Le budget de la ville en hausse</h2>");
    expect(clean).toContain("<strong>1,2 milliard</strong>");
    expect(clean).toContain('<a href="https://example.org/budget">la délibération</a>');
    expect(clean).toContain("Une <a>source anonyme</a> parle d’un <em>dérapage</em>.");
    expect(clean).toMatch(/<ul>\s*<li>investissement : 300 millions ;<\/li>\s*<li>fonctionnement : 900 millions.<\/li>\s*<\/ul>/);
  });

  it.each([
    ['<a href="JaVaScRiPt:alert(1)">x</a>', "<a>x</a>"],
    ['<a href=" java&#x09;script:alert(1)">x</a>', "<a>x</a>"],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', "<a>x</a>"],
    ['<a href="/relative/page">x</a>', "<a>x</a>"],
    ['<a href="mailto:desk@example.org" rel="x">x</a>', '<a href="mailto:desk@example.org">x</a>'],
    ["<svg onload=alert(1)><text>t</text></svg><math><mi>m</mi></math>ok", "ok"],
    ['<p>x<img src="x" onerror="alert(1)"></p>', "<p>x</p>"],
    ["<p>a &lt;script&gt; b</p>", "<p>a &lt;script&gt; b</p>"],
  ])("%s → %s", (input, output) => {
    expect(sanitizeArticleHtml(input)).toBe(output);
  });

  it("reads Google Docs' pasted HTML: its bold wrapper is not bold, its styled spans are", () => {
    const pasted = '<b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:700">Gras</span> et <span style="font-style:italic">italique</span></p></b>';
    expect(sanitizeArticleHtml(pasted)).toBe("<p><strong>Gras</strong> et <em>italique</em></p>");
  });
});

describe("htmlToDoc", () => {
  it("gives a valid document of the editor's nodes and marks", () => {
    const doc = htmlToDoc(fixture("unsafe.html").toString("utf8"));
    expect(() => articleSchema().nodeFromJSON(doc).check()).not.toThrow();
    expect(doc.content?.map((n) => n.type)).toEqual(["heading", "paragraph", "paragraph", "bulletList"]);
    expect(doc.content?.[0].attrs?.level).toBe(2);
    expect(textsWithMark(doc, "bold")).toEqual(["1,2 milliard"]);
    expect(nodes(doc).flatMap((n) => n.marks ?? []).filter((m) => m.type === "link").map((m) => m.attrs?.href)).toEqual(["https://example.org/budget"]);
    expect(canonicalText(doc)).toBe(
      [
        "Le budget de la ville en hausse",
        "Le conseil municipal a voté un budget de 1,2 milliard d’euros, selon la délibération.",
        "Une source anonyme parle d’un dérapage.",
        "investissement : 300 millions ;",
        "fonctionnement : 900 millions.",
      ].join("\n\n"),
    );
  });

  it("keeps line breaks and the boundaries of bare containers; an empty input gives an empty document", () => {
    expect(canonicalText(htmlToDoc("<div>un</div><div>deux<br>trois</div><table><tr><td>a</td><td>b</td></tr></table>"))).toBe("un\n\ndeux\ntrois\n\na\n\nb");
    expect(canonicalText(htmlToDoc(""))).toBe("");
  });
});

describe("readArticleUpload", () => {
  it("reads a Word document: heading, emphasis, link and list, with accents and « guillemets »", async () => {
    const { doc, suggestedTitle } = await readArticleUpload(new File([fixture("article.docx")], "article.docx"));
    expect(doc.content?.map((n) => n.type)).toEqual(["heading", "paragraph", "paragraph", "bulletList"]);
    expect(doc.content?.[0].attrs?.level).toBe(1);
    expect(textsWithMark(doc, "bold")).toEqual(["signé mardi"]);
    expect(textsWithMark(doc, "italic")).toEqual(["première"]);
    expect(doc.content?.[3].content).toHaveLength(3);
    const text = canonicalText(doc);
    expect(text).toContain(`Alger et la «${NBSP}défection${NBSP}» du ministre`);
    expect(text).toContain(`l’accord a été signé mardi à Alger, une «${NBSP}première${NBSP}» selon le ministère.`);
    expect(text).toContain("le coût, estimé à 3,5 millions d’euros ;");
    expect(suggestedTitle).toBe(`Alger et la «${NBSP}défection${NBSP}» du ministre`);
  });

  it("reads Markdown, leaving raw HTML as literal text", async () => {
    const { doc, suggestedTitle } = await readArticleUpload(new File([fixture("article.md")], "port.md"));
    expect(doc.content?.map((n) => n.type)).toEqual(["heading", "paragraph", "paragraph", "bulletList", "paragraph", "paragraph"]);
    expect(canonicalText(doc)).toContain("<script>alert(1)</script>");
    expect(suggestedTitle).toBe("Le port de Marseille et la « grève » de mars");
  });

  it("reads UTF-8 text, and suggests the file name as title when there is no heading", async () => {
    const { doc, suggestedTitle } = await readArticleUpload(new File(["\ufeffPremier paragraphe.\r\n\r\nDeuxième."], "compte-rendu du 3 mars.txt"));
    expect(canonicalText(doc)).toBe("Premier paragraphe.\n\nDeuxième.");
    expect(suggestedTitle).toBe("compte-rendu du 3 mars");
  });

  it("shortens a long first heading to the title limit", async () => {
    const { suggestedTitle } = await readArticleUpload(new File([`<h3>${"mot ".repeat(200)}</h3><p>x</p>`], "page.html"));
    expect(suggestedTitle).toBe(`${"mot ".repeat(74)}mot…`); // 300 characters
  });

  it("refuses a .docx that is not a zip, or a zip that is not a Word document", async () => {
    const fake = await refusal(async () => readArticleUpload(new File(["I am not a Word document"], "fake.docx")), "invalid_input");
    expect(fake.message).toBe("This file is not a valid .docx document.");
    expect(fake.fields).toHaveProperty("file");
    const zip = await new JSZip().file("notes.txt", "bonjour").generateAsync({ type: "arraybuffer" });
    await refusal(async () => readArticleUpload(new File([zip], "notes.docx")), "invalid_input");
  });

  it("refuses an archive that says it expands beyond 64 MiB, before inflating it", async () => {
    const zip = new Uint8Array(await new JSZip().file("word/document.xml", "<w:document/>").generateAsync({ type: "arraybuffer" }));
    // Declare 100 MiB in the central directory: refused on that alone, nothing is inflated.
    const header = zip.findLastIndex((_, i) => zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 0x01 && zip[i + 3] === 0x02);
    new DataView(zip.buffer).setUint32(header + 24, 100 * 1024 * 1024, true);
    await refusal(async () => readArticleUpload(new File([zip], "bomb.docx")), "payload_too_large");
  });

  it.each([
    ["an empty file", new File([], "vide.txt"), "invalid_input"],
    ["a file over 5 MiB", new File([new Uint8Array(5 * 1024 * 1024 + 1).fill(65)], "long.txt"), "payload_too_large"],
    ["a PDF", new File(["%PDF-1.7"], "article.pdf"), "unsupported_media_type"],
    ["a file without extension", new File(["texte"], "README"), "unsupported_media_type"],
    ["a binary named .txt", new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03])], "programme.txt"), "invalid_input"],
    ["Latin-1 text", new File([new Uint8Array([0x63, 0x61, 0x66, 0xe9])], "cafe.md"), "invalid_input"],
  ])("refuses %s", async (_name, file, code) => {
    const error = await refusal(async () => readArticleUpload(file), code);
    expect(error.fields).toHaveProperty("file");
    if (code === "unsupported_media_type") expect(error.message).toContain(".txt, .md, .markdown, .html, .htm, .docx");
  });
});
