import { LinkifyIt } from "linkify-it";
import { describe, expect, it } from "vitest";
import { splitCommentText } from "@/lib/comments/split-comment-text";

const linkify = new LinkifyIt();
const handles = [
  { id: "u-rita", name: "Rita Reviewer", handle: "rita" },
  { id: "u-jules", name: "Jules Martin", handle: "jules.m" },
];
const split = (body: string) => splitCommentText(body, { linkify, handles });

describe("splitCommentText", () => {
  it("keeps plain text, line breaks included, as one text segment", () => {
    expect(split("First line\nsecond line")).toEqual([{ kind: "text", text: "First line\nsecond line" }]);
    expect(split("")).toEqual([]);
  });

  it("leaves markup as text", () => {
    const body = '<img src=x onerror=alert(1)> and <a href="https://evil.example">x</a>';
    const segments = split(body);
    expect(segments[0]).toEqual({ kind: "text", text: "<img src=x onerror=alert(1)> and <a href=\"" });
    expect(segments.map((s) => s.text).join("")).toBe(body);
    expect(segments.filter((s) => s.kind === "link").map((s) => s.href)).toEqual(["https://evil.example"]);
  });

  it("never makes a link of javascript:, data:, ftp: or protocol-relative addresses", () => {
    const body = "javascript:alert(1) data:text/html,<b>x</b> ftp://files.example.org/a //cdn.example.org/x";
    expect(split(body)).toEqual([{ kind: "text", text: body }]);
  });

  it("links http, https and mailto addresses", () => {
    expect(split("See http://a.example.org/x?q=1 or write to mailto:desk@example.org")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "http://a.example.org/x?q=1", href: "http://a.example.org/x?q=1" },
      { kind: "text", text: " or write to " },
      { kind: "link", text: "mailto:desk@example.org", href: "mailto:desk@example.org" },
    ]);
  });

  it("does not swallow the period that ends a sentence", () => {
    expect(split("Source: https://example.org/report.")).toEqual([
      { kind: "text", text: "Source: " },
      { kind: "link", text: "https://example.org/report", href: "https://example.org/report" },
      { kind: "text", text: "." },
    ]);
  });

  it("highlights known handles, case-insensitively, and ignores unknown ones", () => {
    expect(split("@Rita please check, cc @jules.m. Not @nobody.")).toEqual([
      { kind: "mention", text: "@Rita", personId: "u-rita" },
      { kind: "text", text: " please check, cc " },
      { kind: "mention", text: "@jules.m", personId: "u-jules" },
      { kind: "text", text: ". Not @nobody." },
    ]);
  });

  it("needs the @ at the start or after a non-word character", () => {
    expect(split("(@rita)")).toEqual([
      { kind: "text", text: "(" },
      { kind: "mention", text: "@rita", personId: "u-rita" },
      { kind: "text", text: ")" },
    ]);
    expect(split("mail rita@example")).toEqual([{ kind: "text", text: "mail rita@example" }]);
    expect(split("write to rita@example.org")).toEqual([
      { kind: "text", text: "write to " },
      { kind: "link", text: "rita@example.org", href: "mailto:rita@example.org" },
    ]);
    expect(split("@ritaX")).toEqual([{ kind: "text", text: "@ritaX" }]);
  });

  it("does not find mentions inside links", () => {
    expect(split("https://medium.example.org/@rita/post @rita")).toEqual([
      { kind: "link", text: "https://medium.example.org/@rita/post", href: "https://medium.example.org/@rita/post" },
      { kind: "text", text: " " },
      { kind: "mention", text: "@rita", personId: "u-rita" },
    ]);
  });

  it("gives back the body unchanged when the segments are joined", () => {
    const body = "@rita see https://example.org/a?b=1#c, <b>not bold</b>\n\n(mailto:desk@example.org) @jules.m.";
    const segments = split(body);
    expect(segments.map((s) => s.text).join("")).toBe(body);
    expect(segments.map((s) => s.kind)).toEqual(["mention", "text", "link", "text", "link", "text", "mention", "text"]);
  });
});
