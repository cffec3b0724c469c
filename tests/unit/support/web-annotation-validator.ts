import fs from "node:fs";
import path from "node:path";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import type { ValidateFunction } from "ajv";

/** The W3C Web Annotation test suite files copied into tests/fixtures (see their README). */
export const WEB_ANNOTATION_SUITE = path.resolve(__dirname, "../../fixtures/web-annotation");

export type Assertion = { file: string; title: string; validate: ValidateFunction };

/**
 * The suite's MUST assertions, compiled the way its README prescribes: Ajv in draft-04 mode,
 * ajv-formats enforcing `uri` and `date-time`, strict mode off, and every definitions file
 * registered under its file name (assertions `$ref` them as `annotations.json#/definitions/…`).
 */
export function loadMustAssertions(): Assertion[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv, ["uri", "date-time"]);
  const definitions = path.join(WEB_ANNOTATION_SUITE, "definitions");
  for (const file of fs.readdirSync(definitions).filter((name) => name.endsWith(".json"))) {
    ajv.addSchema(JSON.parse(fs.readFileSync(path.join(definitions, file), "utf8")), file);
  }
  const list = JSON.parse(fs.readFileSync(path.join(WEB_ANNOTATION_SUITE, "annotations/annotationMusts.test"), "utf8")) as { assertions: string[] };
  return list.assertions.map((file) => {
    const schema = JSON.parse(fs.readFileSync(path.join(WEB_ANNOTATION_SUITE, file), "utf8"));
    return { file, title: schema.title as string, validate: ajv.compile(schema) };
  });
}

/** The assertions `annotation` fails, with Ajv's first error for each (empty: it conforms). */
export function failedAssertions(assertions: Assertion[], annotation: unknown): string[] {
  return assertions.filter((a) => !a.validate(annotation)).map((a) => `${a.file}: ${a.validate.errors?.[0]?.instancePath} ${a.validate.errors?.[0]?.message}`);
}

/**
 * A sample file as JSON. Several of the suite's incorrect samples have trailing commas (upstream
 * sloppiness, not the defect they illustrate), so those are removed before giving up; a sample
 * that is still not JSON (e.g. "this is not json") comes back as `undefined`: rejected.
 */
export function readSample(file: string): unknown {
  const raw = fs.readFileSync(file, "utf8");
  for (const candidate of [raw, raw.replace(/,(\s*[}\]])/g, "$1")]) {
    try {
      return JSON.parse(candidate);
    } catch {
      // try the next reading
    }
  }
  return undefined;
}
