import { describe, expect, it } from "vitest";
import { callRoute, useFreshAppDatabase } from "../support/route-harness";
import { countRows } from "../support/test-database";

await useFreshAppDatabase();

const articlesRoute = await import("@/app/api/v1/articles/route");
const stateRoute = await import("@/app/api/v1/articles/[id]/state/route");
const { getDb } = await import("@/db/client");

describe("methods a route does not serve", () => {
  it("answer 405 in the API's error shape, with the methods that work in Allow and the message, writing nothing", async () => {
    const before = await countRows(await getDb());
    const request = new Request("http://localhost/api/v1/articles", { method: "DELETE" });
    const response = await articlesRoute.DELETE(request);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, POST");
    expect(await response.json()).toEqual({ error: { code: "method_not_allowed", message: "DELETE is not allowed on /api/v1/articles; use GET, POST." } });

    const state = await callRoute(stateRoute.GET, { url: "http://localhost/api/v1/articles/1/state", params: { id: "1" } });
    expect([state.status, state.body.error.code]).toEqual([405, "method_not_allowed"]);
    expect(state.body.error.message).toContain("use PUT");
    expect(await countRows(await getDb())).toEqual(before);
  });
});
