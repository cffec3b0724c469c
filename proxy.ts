import { NextResponse, type NextRequest } from "next/server";
import { hasMalformedPath, isFormBody, isForeignOrigin, malformedActionForm } from "@/lib/http/request-checks";
import { COMMON_SECURITY_HEADERS, DOWNLOAD_CONTENT_SECURITY_POLICY, makeNonce, pageContentSecurityPolicy } from "@/lib/http/security-headers";

/**
 * Runs before every page and API route. Refuses, with a clear 4xx, the inputs Next.js would
 * answer with a bare 500; gives each page a Content-Security-Policy with a fresh nonce (Next.js
 * reads it from the request's header and puts it on the scripts it renders), and every answer the
 * other security headers. Static files get theirs from next.config.js.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const isApi = request.nextUrl.pathname.startsWith("/api/");
  const policy = isApi ? DOWNLOAD_CONTENT_SECURITY_POLICY : pageContentSecurityPolicy(makeNonce(), { development: process.env.NODE_ENV === "development" });
  const refusal = await refusalOf(request, isApi);
  let response: NextResponse;
  if (refusal) {
    response = NextResponse.json({ error: refusal.error }, { status: refusal.status });
  } else {
    const requestHeaders = new Headers(request.headers);
    if (!isApi) requestHeaders.set("content-security-policy", policy);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", refusal ? DOWNLOAD_CONTENT_SECURITY_POLICY : policy);
  for (const [name, value] of Object.entries(COMMON_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

type Refusal = { status: number; error: { code: string; message: string } };

async function refusalOf(request: NextRequest, isApi: boolean): Promise<Refusal | null> {
  // The raw path, escapes and all (nextUrl may already have decoded it).
  const rawPath = /^[a-z]+:\/\/[^/]*(\/[^?#]*)/i.exec(request.url)?.[1] ?? "/";
  if (hasMalformedPath(rawPath)) {
    return { status: 400, error: { code: "invalid_input", message: "The address has a percent escape that is not UTF-8 (such as %ff)." } };
  }
  // Page POSTs are server actions (the API and better-auth do their own checks).
  if (request.method !== "POST" || isApi) return null;
  if (isForeignOrigin(request.headers)) {
    return { status: 403, error: { code: "forbidden", message: "This form was sent from another site; open Claimcheck and send it from there." } };
  }
  if (request.headers.has("next-action") || !isFormBody(request.headers.get("content-type"))) return null;
  // A form posted without JavaScript: make sure React will be able to decode its action.
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return { status: 400, error: { code: "invalid_input", message: "The form could not be read." } };
  }
  const why = malformedActionForm(form);
  return why ? { status: 400, error: { code: "invalid_input", message: `The form could not be sent: ${why}. Reload the page and try again.` } } : null;
}

export const config = {
  // Not the build's static files (hashed scripts and styles): next.config.js gives them their headers.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
