import fc from "fast-check";

/** Strings that commonly break text handling: lone surrogates, joiners, an RTL override, NUL, combining marks, markup. */
const awkwardText = fc.constantFrom("\uD800", "a\uDC00b", "\uDBFF", "😀\uD83D", "\u0000", "e\u0301", "\u202Egnp.exe", "👩‍👩‍👧", "\uFEFF", "\r\n\t", "<script>alert(1)</script>", "' OR 1=1 --", "%s%n", "\\u0000");

/** Anything a string field might receive, from empty to 100 KB. */
export const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }) },
  { weight: 2, arbitrary: awkwardText },
  { weight: 1, arbitrary: fc.array(awkwardText, { maxLength: 20 }).map((parts) => parts.join("")) },
  // Huge: 1–100 KB of UTF-8 (a lone surrogate is counted as the 3 bytes of U+FFFD).
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("a", "é", "😀", " ", "\uD800", "word. "), fc.integer({ min: 1_000, max: 100_000 })).map(([unit, bytes]) => unit.repeat(Math.floor(bytes / Buffer.byteLength(unit)))) },
);

/** A short, non-empty string of any code points, or an awkward one (lone surrogates among them). */
export const shortText = fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 40 }), awkwardText);

/** An offset into a short article's text. */
export const offset = fc.integer({ min: 0, max: 60 });

/** Numbers a numeric field might receive: negatives, fractions, beyond 2^53, and JSON's edge cases. */
export const anyNumber = fc.oneof(
  fc.integer({ min: -5, max: 3_000 }),
  fc.constantFrom(0, -1, 1.5, -0, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 1e-9),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A value of a random JSON type, for a field that expects another one. */
export const wrongType = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  anyNumber,
  anyText,
  fc.array(fc.oneof(fc.integer(), fc.string()), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.integer(), fc.string()), { maxKeys: 4 }),
);

/** A plausible value most of the time, otherwise anything at all. */
export function mostly<T>(plausible: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: plausible as fc.Arbitrary<unknown> }, { weight: 2, arbitrary: wrongType });
}

/**
 * An object of the route's fields: often a plausible one (the `required` keys present, every value
 * plausible, so requests get past validation into the services), otherwise any subset of the keys
 * with any values, sometimes with stray keys.
 */
export function fieldsOf(fields: Record<string, fc.Arbitrary<unknown>>, required: string[] = []): fc.Arbitrary<unknown> {
  const plausible = fc.record(fields, { requiredKeys: required });
  const chaotic = fc.record(Object.fromEntries(Object.entries(fields).map(([key, arb]) => [key, mostly(arb)])), { requiredKeys: [] });
  const extra = fc.tuple(chaotic, fc.dictionary(fc.string({ maxLength: 10 }), wrongType, { maxKeys: 2 })).map(([a, b]) => ({ ...b, ...a }));
  return fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 3, arbitrary: chaotic }, { weight: 1, arbitrary: extra });
}

/** A request body as sent: JSON text of `value` mostly, else broken JSON, stray bytes or nothing. */
export function bodyText(value: fc.Arbitrary<unknown>): fc.Arbitrary<string | Uint8Array> {
  return fc.oneof(
    { weight: 8, arbitrary: value.map((v) => JSON.stringify(v) ?? "null") },
    { weight: 1, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: fc.tuple(value, fc.nat()).map(([v, cut]) => { const s = JSON.stringify(v) ?? "{"; return s.slice(0, cut % (s.length + 1)); }) },
    { weight: 1, arbitrary: fc.oneof(fc.string({ unit: "binary" }), fc.constantFrom("", " ", "{", "[1,", "{\"a\":}", "nul", "{}}", "\uFEFF{}", "{\"__proto__\":{\"x\":1}}")) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
  );
}

/** Mostly JSON; sometimes another type, a JSON variant, a broken header or none. */
export const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant("application/json") },
  { weight: 2, arbitrary: fc.constantFrom("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=xyz", "multipart/form-data", "application/json; charset=utf-16", "application/ld+json", "application/merge-patch+json", "application/jsonp", "", "*/*", "APPLICATION/JSON") },
);

/**
 * An id in a URL: the real one mostly, else something that is not a valid id. Not generated:
 * percent-escapes that do not decode to UTF-8 ("%ZZ", "%ED%A0%80"), which `next start` answers
 * with a plain-text 500 before any route runs (vercel/next.js#94278), and "..", which the client
 * resolves away before sending.
 */
export function pathId(real: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(String(real)) },
    { weight: 1, arbitrary: fc.constantFrom("0", "-1", "1.5", "abc", "99999999999999999999", "1e3", "0x10", " 1", "%00", "%F0%9F%98%80", "%25", "%2F", "1;drop") },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }).map(encodeURIComponent) },
  );
}
