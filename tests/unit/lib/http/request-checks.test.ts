import { describe, expect, it } from "vitest";
import { hasMalformedPath, isForeignOrigin, malformedActionForm } from "@/lib/http/request-checks";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};
// What React writes for a form whose action is bound to useActionState's previous state.
const BOUND = { "$ACTION_REF_4": "", "$ACTION_4:0": '{"id":"6020f6e5a3","bound":"$@1"}', "$ACTION_4:1": "[{}]", "$ACTION_KEY": "k684c", name: "Ana" };

describe("request checks", () => {
  it.each([
    ["/api/auth/%ff", true],
    ["/articles/%E9", true],
    ["/articles/%", true],
    ["/articles/%C3%A9t%C3%A9", false],
    ["/articles/12", false],
  ])("malformed path %s → %s", (path, malformed) => {
    expect(hasMalformedPath(path)).toBe(malformed);
  });

  it.each([
    [{ host: "news.example:3000", origin: "http://news.example:3000" }, false],
    [{ host: "news.example:3000", origin: "https://evil.example" }, true],
    [{ host: "news.example:3000", origin: "null" }, true],
    [{ host: "internal:3000", "x-forwarded-host": "news.example", origin: "https://news.example" }, false],
    [{ host: "news.example" }, false],
  ])("foreign origin %j → %s", (headers, foreign) => {
    expect(isForeignOrigin(new Headers(headers))).toBe(foreign);
  });

  it("accepts the forms React writes, and forms that name no action", () => {
    expect(malformedActionForm(form(BOUND))).toBeNull();
    expect(malformedActionForm(form({ "$ACTION_ID_0051d75f": "", name: "x" }))).toBeNull();
    expect(malformedActionForm(form({ "$ACTION_REF_1": "", "$ACTION_1:0": '{"id":"ab","bound":null}' }))).toBeNull();
    expect(malformedActionForm(form({ name: "x" }))).toBeNull();
  });

  it.each([
    ["the saved state is missing", { ...BOUND, "$ACTION_4:1": undefined }],
    ["the saved state is not JSON", { ...BOUND, "$ACTION_4:1": "[{" }],
    ["the action header is missing", { ...BOUND, "$ACTION_4:0": undefined }],
    ["the action header is not JSON", { ...BOUND, "$ACTION_4:0": "{id" }],
    ["the bound reference is strange", { ...BOUND, "$ACTION_4:0": '{"id":"ab","bound":"$Q9"}' }],
  ])("refuses a form where %s", (_name, fields) => {
    const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Record<string, string>;
    expect(malformedActionForm(form(defined))).toEqual(expect.any(String));
  });
});
