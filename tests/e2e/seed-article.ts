import fs from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest } from "@playwright/test";
import { signedInState } from "./e2e-env";

const DEMO_TEXT = fs.readFileSync(path.join(__dirname, "..", "fixtures", "article-fr.txt"), "utf8");

/**
 * Tests that change claims work on their own copy of the demo text, created by the admin through
 * the API, so they never depend on each other's claims.
 */
export async function seedArticle(baseURL: string, title: string): Promise<number> {
  const api = await playwrightRequest.newContext({ baseURL, storageState: signedInState("admin") });
  const response = await api.post("/api/v1/articles", { data: { title, language: "fr", text: DEMO_TEXT } });
  expect(response.status()).toBe(201);
  const { id } = await response.json();
  await api.dispose();
  return id;
}
