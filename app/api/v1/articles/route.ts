import { MAX_UPLOAD_BYTES } from "@/lib/api/article-upload";
import { AppError } from "@/lib/api/app-error";
import { ZCreateArticle, ZImportArticle } from "@/lib/api/schemas";
import { createArticle } from "@/server/articles/create-article";
import { importArticle } from "@/server/articles/import-article";
import { listArticles } from "@/server/articles/list-articles";
import { jsonRoute } from "@/server/http/json-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { isMultipart, readUploadForm } from "@/server/import/read-upload-form";
import { methodNotAllowed } from "@/server/http/method-not-allowed";

/** Article bodies carry a whole text: allow up to 4 MiB of JSON (the text itself is capped by the schema). */
const ARTICLE_BODY_LIMIT = 4 * 1024 * 1024;
/** An upload is the file plus a few short fields and the multipart framing around them. */
const UPLOAD_BODY_LIMIT = MAX_UPLOAD_BYTES + 64 * 1024;

export const GET = jsonRoute(async ({ ctx }) => ({ articles: await listArticles(ctx) }));

export const POST = jsonRoute(
  async ({ request, ctx }) => {
    if (!isMultipart(request)) {
      return createArticle(ctx, ZCreateArticle.parse(await readJsonBody(request, { maxBytes: ARTICLE_BODY_LIMIT })));
    }
    // A cross-site HTML form can post multipart with the session cookie; it can never add an
    // Authorization header. So uploads through the API take a bearer token, as JSON bodies
    // are what keep cookie requests safe (browsers upload through the New article page).
    if (ctx.actor && !request.headers.has("authorization")) {
      throw new AppError("unsupported_media_type", "File uploads to the API need a bearer token (Authorization: Bearer cc_…); in the browser, use the New article page.");
    }
    const form = await readUploadForm(request, UPLOAD_BODY_LIMIT);
    return importArticle(ctx, ZImportArticle.parse(Object.fromEntries(form)));
  },
  { status: 201 },
);

const otherMethod = methodNotAllowed("GET", "POST");
export const PUT = otherMethod;
export const PATCH = otherMethod;
export const DELETE = otherMethod;
