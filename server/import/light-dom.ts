import "server-only";
import { Parser } from "htmlparser2";

/**
 * The few DOM interfaces ProseMirror's DOMParser (and Tiptap's parse rules) read, on plain
 * objects built by htmlparser2's streaming parser. A full DOM (happy-dom) spent about 6 KB per
 * node, so 30,000 paragraphs filled a 384 MB heap; these nodes cost a few hundred bytes.
 * Only sanitised HTML is parsed here: no style, class or event attribute ever reaches it.
 */
export type LightNode = LightElement | LightText;

/** Sanitised HTML has no style attribute: every element reads as unstyled. */
const NO_STYLE = Object.freeze({ length: 0, fontWeight: "", fontStyle: "", whiteSpace: "", textDecoration: "", getPropertyValue: () => "" });

const lightDocument = { createTextNode: (text: string) => new LightText(text) };

abstract class LightChild {
  parentNode: LightElement | null = null;
  previousSibling: LightNode | null = null;
  nextSibling: LightNode | null = null;
  get ownerDocument() {
    return lightDocument;
  }
}

export class LightText extends LightChild {
  readonly nodeType = 3;
  readonly nodeName = "#text";
  constructor(public nodeValue: string) {
    super();
  }
  get textContent(): string {
    return this.nodeValue;
  }
}

export class LightElement extends LightChild {
  readonly nodeType = 1;
  readonly nodeName: string;
  readonly childNodes: LightNode[] = [];
  readonly style = NO_STYLE;

  constructor(
    readonly localName: string,
    private readonly attributes: Record<string, string>,
  ) {
    super();
    this.nodeName = localName.toUpperCase();
  }

  get tagName(): string {
    return this.nodeName;
  }
  get firstChild(): LightNode | null {
    return this.childNodes[0] ?? null;
  }
  get lastChild(): LightNode | null {
    return this.childNodes.at(-1) ?? null;
  }
  get firstElementChild(): LightElement | null {
    return (this.childNodes.find((child) => child.nodeType === 1) as LightElement | undefined) ?? null;
  }
  get classList(): string[] {
    return (this.getAttribute("class") ?? "").split(/\s+/).filter(Boolean);
  }
  get textContent(): string {
    return this.childNodes.map((child) => child.textContent).join("");
  }

  getAttribute(name: string): string | null {
    return Object.hasOwn(this.attributes, name) ? this.attributes[name] : null;
  }
  hasAttribute(name: string): boolean {
    return Object.hasOwn(this.attributes, name);
  }

  /**
   * The selectors of the editor's parse rules: `tag` and `tag[attribute]`. Anything else throws,
   * so a new rule that needs more is noticed by the import tests rather than silently skipped.
   */
  matches(selector: string): boolean {
    const rule = /^([a-z][a-z0-9]*)(?:\[([a-z-]+)\])?$/i.exec(selector);
    if (!rule) throw new Error(`light DOM: unsupported selector ${selector}`);
    return rule[1].toLowerCase() === this.localName && (rule[2] === undefined || this.hasAttribute(rule[2].toLowerCase()));
  }

  /** The first descendant matching a simple selector, depth first, as in the DOM. */
  querySelector(selector: string): LightElement | null {
    const pending = [...this.childNodes].reverse();
    while (pending.length > 0) {
      const node = pending.pop()!;
      if (node.nodeType !== 1) continue;
      if (node.matches(selector)) return node;
      for (let i = node.childNodes.length - 1; i >= 0; i--) pending.push(node.childNodes[i]);
    }
    return null;
  }

  /** Moves `child` here as the last child (ProseMirror's list normalisation moves nodes). */
  appendChild<T extends LightNode>(child: T): T {
    child.parentNode?.removeChild(child);
    const last = this.lastChild;
    if (last) last.nextSibling = child;
    child.previousSibling = last;
    child.nextSibling = null;
    child.parentNode = this;
    this.childNodes.push(child);
    return child;
  }

  removeChild<T extends LightNode>(child: T): T {
    const index = this.childNodes.indexOf(child);
    if (index < 0) throw new Error("light DOM: not a child of this element");
    this.childNodes.splice(index, 1);
    if (child.previousSibling) child.previousSibling.nextSibling = child.nextSibling;
    if (child.nextSibling) child.nextSibling.previousSibling = child.previousSibling;
    child.parentNode = child.previousSibling = child.nextSibling = null;
    return child;
  }
}

/** What the parser may build before giving up; each is reported by its own kind of refusal. */
export type LightDomLimits = { maxElements: number; maxDepth: number };

export class LightDomLimitError extends Error {
  constructor(
    readonly limit: keyof LightDomLimits,
    readonly value: number,
  ) {
    super(`light DOM: more than ${value} (${limit})`);
  }
}

/**
 * Parses HTML into light nodes under a root element, counting elements and nesting as it goes
 * and stopping at the first one over a limit, so a hostile input never builds a large tree.
 * Entities are decoded; adjacent text chunks are joined into one text node, as in a browser.
 */
export function parseLightDom(html: string, limits: LightDomLimits): LightElement {
  const root = new LightElement("div", {});
  let current = root;
  let depth = 0;
  let elements = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        elements += 1;
        depth += 1;
        if (elements > limits.maxElements) throw new LightDomLimitError("maxElements", limits.maxElements);
        if (depth > limits.maxDepth) throw new LightDomLimitError("maxDepth", limits.maxDepth);
        current = current.appendChild(new LightElement(name, attributes));
      },
      onclosetag() {
        depth -= 1;
        current = current.parentNode ?? root;
      },
      ontext(text) {
        const last = current.lastChild;
        if (last?.nodeType === 3) last.nodeValue += text;
        else current.appendChild(new LightText(text));
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.end(html);
  return root;
}
