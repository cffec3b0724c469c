// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { isTypingTarget } from "@/components/workspace/is-typing-target";
import { shortcutsBlocked } from "@/components/workspace/shortcuts-blocked";

/** Puts markup in the page and returns the element with id "target". */
function render(html: string): HTMLElement {
  document.body.innerHTML = html;
  const target = document.getElementById("target");
  if (!target) throw new Error("the markup has no #target");
  return target;
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("isTypingTarget", () => {
  it.each([
    ["a text input", `<input id="target">`],
    ["a checkbox", `<input id="target" type="checkbox">`],
    ["a textarea", `<textarea id="target"></textarea>`],
    ["a select", `<select id="target"><option>a</option></select>`],
    ["an editable element", `<div id="target" contenteditable="true">text</div>`],
    ["text inside an editable element (the editor in edit mode)", `<div contenteditable=""><p id="target">text</p></div>`],
  ])("is true in %s", (_, html) => {
    expect(isTypingTarget(render(html))).toBe(true);
  });

  it.each([
    ["the page", `<main id="target"></main>`],
    ["a button", `<button id="target">Sourced</button>`],
    ["the read-only editor", `<div contenteditable="false"><p id="target">text</p></div>`],
  ])("is false on %s", (_, html) => {
    expect(isTypingTarget(render(html))).toBe(false);
  });

  it("is false for no target or a non-element", () => {
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(window)).toBe(false);
  });
});

describe("shortcutsBlocked", () => {
  it("lets keys through on the page and on the read-only text", () => {
    expect(shortcutsBlocked(render(`<main><div contenteditable="false"><p id="target">Selon nos sources</p></div></main>`))).toBe(false);
    expect(shortcutsBlocked(render(`<button id="target">Edit text</button>`))).toBe(false);
  });

  it("blocks keys typed into a field", () => {
    expect(shortcutsBlocked(render(`<form><textarea id="target"></textarea></form>`))).toBe(true);
  });

  it.each([
    ["a role=dialog", `<div role="dialog"><button id="target">OK</button></div>`],
    ["a role=alertdialog", `<div role="alertdialog"><button id="target">OK</button></div>`],
    ["an open <dialog>", `<dialog open><button id="target">Close</button></dialog>`],
    ["a menu", `<div role="menu"><div role="menuitem" id="target" tabindex="0">Export</div></div>`],
    ["a menubar", `<div role="menubar"><button id="target">File</button></div>`],
    ["a listbox", `<ul role="listbox"><li role="option" id="target" tabindex="0">fr</li></ul>`],
    ["an open disclosure menu (the Export menu)", `<details open data-menu><summary id="target">Export</summary><a href="#">Report</a></details>`],
  ])("blocks keys whose focus is inside %s", (_, html) => {
    expect(shortcutsBlocked(render(html))).toBe(true);
  });

  it("blocks keys anywhere while a modal dialog or a menu is open on the page", () => {
    const elsewhere = (html: string) => render(`<main><p id="target">text</p></main>${html}`);
    expect(shortcutsBlocked(elsewhere(`<dialog open><p>Keyboard shortcuts</p></dialog>`))).toBe(true);
    expect(shortcutsBlocked(elsewhere(`<div role="dialog" aria-modal="true"></div>`))).toBe(true);
    expect(shortcutsBlocked(elsewhere(`<div role="menu"></div>`))).toBe(true);
    expect(shortcutsBlocked(elsewhere(`<details open data-menu><summary>Export</summary></details>`))).toBe(true);
  });

  it("lets keys through once the dialog or the menu is closed", () => {
    const elsewhere = (html: string) => render(`<main><p id="target">text</p></main>${html}`);
    expect(shortcutsBlocked(elsewhere(`<dialog><p>Keyboard shortcuts</p></dialog>`))).toBe(false);
    expect(shortcutsBlocked(elsewhere(`<details data-menu><summary>Export</summary></details>`))).toBe(false);
    // A disclosure that is not a menu (e.g. a folded section) does not stop shortcuts.
    expect(shortcutsBlocked(elsewhere(`<details open><summary>More</summary></details>`))).toBe(false);
  });

  it("treats a key without an element target as blocked only while a dialog or a menu is open", () => {
    expect(shortcutsBlocked(null)).toBe(false);
    render(`<p id="target"></p><dialog open></dialog>`);
    expect(shortcutsBlocked(null)).toBe(true);
  });
});
