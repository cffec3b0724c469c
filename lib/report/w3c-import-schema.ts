import { z } from "zod";
import { MAX_QUOTE } from "../api/limits";

/** Most annotations one import may carry (the body is capped at 4 MiB anyway). */
export const MAX_IMPORTED_ANNOTATIONS = 10_000;

/**
 * A value the model allows as one item or a list of them, as a list. (A union would report a
 * wrong item as a bare "Invalid input"; normalising first keeps zod's precise message and path.)
 */
function oneOrMany<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === undefined || Array.isArray(value) ? value : [value]), z.array(item));
}

const ZOffset = z.number().int().min(0);

export const ZW3cTextQuoteSelector = z.looseObject({
  type: z.literal("TextQuoteSelector"),
  exact: z.string().min(1, { error: "exact is empty" }).max(MAX_QUOTE, { error: `exact is longer than ${MAX_QUOTE} characters` }),
  prefix: z.string().max(MAX_QUOTE).optional(),
  suffix: z.string().max(MAX_QUOTE).optional(),
});

/** `start`/`end` count Unicode code points, as the Web Annotation model says. */
export const ZW3cTextPositionSelector = z
  .looseObject({ type: z.literal("TextPositionSelector"), start: ZOffset, end: ZOffset })
  .refine((s) => s.end > s.start, { error: "end must be greater than start", path: ["end"] });

export type TW3cTextQuoteSelector = z.infer<typeof ZW3cTextQuoteSelector>;
export type TW3cTextPositionSelector = z.infer<typeof ZW3cTextPositionSelector>;
export type TW3cSelector = TW3cTextQuoteSelector | TW3cTextPositionSelector | { type: "other"; name: string };

/**
 * Any selector: the two text selectors are checked strictly; others (RangeSelector, XPathSelector,
 * FragmentSelector, Hypothesis's PageSelector…) describe a web page's DOM or a PDF, which
 * Claimcheck's canonical text does not have, so they are accepted and ignored.
 */
const ZW3cSelector = z.looseObject({ type: z.string() }).transform((selector, ctx): TW3cSelector => {
  const specific = selector.type === "TextQuoteSelector" ? ZW3cTextQuoteSelector : selector.type === "TextPositionSelector" ? ZW3cTextPositionSelector : null;
  if (!specific) return { type: "other", name: selector.type };
  const parsed = specific.safeParse(selector);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path as PropertyKey[] });
  return z.NEVER;
});

/** The resource a SpecificResource body points to: an IRI (kept as `{ id }`) or an object. */
const ZW3cBodySource = z.preprocess(
  (value) => (typeof value === "string" ? { id: value } : value),
  z.looseObject({ id: z.string().optional(), label: oneOrMany(z.string()).optional() }),
);

/**
 * A body: an IRI (kept as `{ id }`) or an object such as a TextualBody, or a SpecificResource
 * (Claimcheck exports a claim's sources that way: `source` the page, `selector` its excerpt).
 * `creator` is read leniently (a name, an IRI, a Person): it only ever becomes text.
 */
const ZW3cBody = z.preprocess(
  (value) => (typeof value === "string" ? { id: value } : value),
  z.looseObject({
    id: z.string().optional(),
    type: oneOrMany(z.string()).optional(),
    purpose: oneOrMany(z.string()).optional(),
    value: z.string().optional(),
    label: oneOrMany(z.string()).optional(),
    source: ZW3cBodySource.optional(),
    selector: oneOrMany(ZW3cSelector).optional(),
    creator: z.unknown().optional(),
    created: z.unknown().optional(),
    modified: z.unknown().optional(),
  }),
);
export type TW3cBody = z.infer<typeof ZW3cBody>;

/** A target: the IRI of a whole resource (kept as `{ source }`) or a SpecificResource. */
const ZW3cTarget = z.preprocess(
  (value) => (typeof value === "string" ? { source: value } : value),
  z.looseObject({ source: z.string().optional(), selector: oneOrMany(ZW3cSelector).optional() }),
);

/**
 * A Web Annotation as Claimcheck, Hypothesis (its JSON-LD API) or another client writes it.
 * Lenient about what it does not use (extra fields, `@context` variants), strict about the types
 * of what it does.
 */
/** Longest annotation `id` kept (it is stored, to recognise the annotation when imported again). */
export const MAX_ANNOTATION_ID = 2048;

export const ZW3cAnnotation = z.looseObject({
  id: z.string().max(MAX_ANNOTATION_ID, { error: `id is longer than ${MAX_ANNOTATION_ID} characters` }).optional(),
  type: oneOrMany(z.string()).refine((types) => types.includes("Annotation"), { error: 'type must be "Annotation"' }),
  motivation: oneOrMany(z.string()).optional(),
  creator: z.unknown().optional(),
  created: z.unknown().optional(),
  modified: z.unknown().optional(),
  body: oneOrMany(ZW3cBody).optional(),
  target: oneOrMany(ZW3cTarget).refine((targets) => targets.length > 0, { error: "target is required" }),
});
export type TW3cAnnotation = z.infer<typeof ZW3cAnnotation>;


function types(value: unknown): string[] {
  const type = typeof value === "object" && value !== null ? (value as { type?: unknown }).type : undefined;
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
}

/**
 * The annotations of an import body, still unvalidated: the items of an AnnotationCollection's
 * embedded first page (or its own `items`), of an AnnotationPage, an array of Annotations or a
 * single one. Null when the body is none of those. A collection whose `first` is only a link is
 * not followed (the server fetches nothing on a client's behalf): null too.
 */
export function annotationsOfDocument(document: unknown): unknown[] | null {
  if (Array.isArray(document)) return document;
  const kinds = types(document);
  const record = document as Record<string, unknown>;
  if (kinds.includes("AnnotationCollection")) {
    const first = record.first;
    if (typeof first === "object" && first !== null && Array.isArray((first as { items?: unknown }).items)) return (first as { items: unknown[] }).items;
    if (Array.isArray(record.items)) return record.items;
    return record.total === 0 ? [] : null;
  }
  if (kinds.includes("AnnotationPage")) return Array.isArray(record.items) ? record.items : null;
  if (kinds.includes("Annotation")) return [document];
  return null;
}
