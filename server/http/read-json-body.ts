import "server-only";
import { AppError } from "@/lib/api/app-error";
import { readCappedBody } from "./read-capped-body";

/** Default cap for JSON bodies; routes that take whole articles pass a larger one. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

/**
 * Reads a JSON request body, refusing the wrong content type (415), a body over `maxBytes` (413,
 * checked while streaming so a lying Content-Length cannot get past it) and broken JSON (400).
 */
export async function readJsonBody(request: Request, { maxBytes = DEFAULT_BODY_LIMIT }: { maxBytes?: number } = {}): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the body as JSON with Content-Type: application/json.");
  }
  const bytes = await readCappedBody(request, maxBytes, () => tooLarge(maxBytes));
  const raw = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (raw.trim() === "") throw new AppError("invalid_json", "The request body is empty; send a JSON object.");
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new AppError("invalid_json", `The request body is not valid JSON: ${(error as Error).message}`);
  }
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("payload_too_large", `The request body is larger than ${Math.round(maxBytes / 1024)} KiB.`);
}
