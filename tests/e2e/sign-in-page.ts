import { expect, type Page } from "@playwright/test";

/** Signs in through the form, as a person does. */
export async function signIn(page: Page, { email, password }: { email: string; password: string }, path = "/") {
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}
