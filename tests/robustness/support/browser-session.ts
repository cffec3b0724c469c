import { DomUtils, parseDocument } from "htmlparser2";

const { findAll, getAttributeValue, textContent } = DomUtils;

/** Signs in with email and password as the sign-in page does; answers the session cookie ("name=value"). */
export async function signIn(baseUrl: string, { email, password }: { email: string; password: string }): Promise<string> {
  const answer = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  if (answer.status !== 200) throw new Error(`sign-in answered ${answer.status}: ${await answer.text()}`);
  const cookie = answer.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  if (!cookie) throw new Error("sign-in set no cookie");
  return cookie;
}

/**
 * Creates a personal API token on the settings page the way a browser without JavaScript does:
 * loads /settings with the session cookie, fills in the "Create token" form and submits it with
 * its hidden fields (Next.js runs the server action and renders the page with its answer), then
 * reads the new token from the page.
 */
export async function createTokenOnSettingsPage(baseUrl: string, cookie: string, name: string): Promise<string> {
  const page = await fetch(`${baseUrl}/settings`, { headers: { cookie } });
  if (page.status !== 200) throw new Error(`/settings answered ${page.status}`);
  const forms = findAll((el) => el.name === "form", parseDocument(await page.text()).children);
  const form = forms.find((el) => findAll((input) => input.attribs.id === "token-name", el.children).length > 0);
  if (!form) throw new Error("/settings has no form with a Token name field");

  const fields = new FormData();
  for (const input of findAll((el) => el.name === "input" && el.attribs.type === "hidden", form.children)) {
    fields.append(getAttributeValue(input, "name")!, getAttributeValue(input, "value") ?? "");
  }
  fields.append("name", name);
  const submitted = await fetch(`${baseUrl}/settings`, { method: "POST", headers: { cookie, origin: baseUrl }, body: fields });
  const html = await submitted.text();
  const codes = findAll((el) => el.name === "code", parseDocument(html).children).map((el) => textContent(el));
  const token = codes.find((text) => text.startsWith("cc_"));
  if (!token) throw new Error(`The settings page showed no new token after "Create token" (${submitted.status}):\n${html.slice(0, 500)}`);
  return token;
}
