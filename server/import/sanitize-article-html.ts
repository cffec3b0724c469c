import "server-only";
import sanitizeHtml from "sanitize-html";

// Exactly what the editor (StarterKit) can show. Everything else loses its tag but keeps its text.
const ARTICLE_TAGS = ["p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "s", "strike", "del", "u", "code", "pre", "blockquote", "ul", "ol", "li", "hr", "a"];

// Containers with no meaning of their own become a bare <div>, kept only so the ProseMirror
// parser still sees a block boundary: without it "<div>one</div><div>two</div>" (Apple Notes,
// Gmail, many CMSs) or a table's cells would fuse into "onetwo". The parser drops the div itself.
const BLOCK_CONTAINERS = ["div", "section", "article", "header", "footer", "main", "aside", "nav", "figure", "figcaption", "address", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "dl", "dt", "dd"];

// Removed together with their content: code, styling, embedded documents, form widgets, metadata.
const DROPPED_WITH_CONTENT = ["script", "style", "noscript", "template", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "canvas", "audio", "video", "head", "title", "textarea", "select", "option", "button"];

const SAFE_HREF = /^(https?:|mailto:)/i;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...ARTICLE_TAGS, "div"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  nonTextTags: DROPPED_WITH_CONTENT,
  allowVulnerableTags: false,
  transformTags: {
    ...Object.fromEntries(BLOCK_CONTAINERS.map((tag) => [tag, "div"])),
    // Relative links ("/page", "#note-1") point into the source site and mean nothing here.
    a: (tagName, attribs) => {
      const href = attribs.href?.trim() ?? "";
      const kept: sanitizeHtml.Attributes = SAFE_HREF.test(href) ? { href } : {};
      return { tagName, attribs: kept };
    },
    // Google Docs wraps a whole paste in <b style="font-weight:normal">: without the style
    // (dropped below) everything would turn bold.
    b: (tagName, attribs) => ({ tagName: /font-weight\s*:\s*(normal|[1-4]00)\b/i.test(attribs.style ?? "") ? "span" : tagName, attribs }),
    // ...and writes its emphasis as styled spans; keep it as the tag the style stands for.
    span: (tagName, attribs) => ({ tagName: styledTag(attribs.style ?? "") ?? tagName, attribs }),
  },
};

function styledTag(style: string): string | null {
  if (/font-weight\s*:\s*(bold|bolder|[6-9]00)\b/i.test(style)) return "strong";
  if (/font-style\s*:\s*italic\b/i.test(style)) return "em";
  return null;
}

/**
 * Reduces untrusted HTML (a paste, an uploaded page, mammoth's output) to the article's
 * formatting: StarterKit's tags, links to http(s) and mailto only, no other attribute at all (no
 * style, class or event handler); scripts, styles and embedded documents go with their content.
 */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
