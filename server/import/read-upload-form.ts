import "server-only";
import { AppError } from "@/lib/api/app-error";

/** True when the request carries a multipart/form-data body (a file upload). */
export function isMultipart(request: Request): boolean {
  return /^multipart\/form-data\b/i.test(request.headers.get("content-type") ?? "");
}

/**
 * Reads a multipart/form-data body, refusing more than `maxBytes` with a 413 before parsing:
 * at once when Content-Length says so, otherwise as soon as the stream passes the limit (a
 * chunked upload has no Content-Length to check).
 */
export async function readUploadForm(request: Request, maxBytes: number): Promise<FormData> {
  const tooLarge = new AppError("payload_too_large", `The upload is larger than ${Math.round(maxBytes / 1024)} KiB.`, { fields: { file: "the file is too large" } });
  if (Number(request.headers.get("content-length")) > maxBytes) throw tooLarge;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      total += part.value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        throw tooLarge;
      }
      chunks.push(new Uint8Array(part.value));
    }
  }
  // The bytes are all here and bounded: let the platform's parser split the parts.
  const body = new Blob(chunks);
  try {
    return await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new AppError("invalid_input", "The multipart body could not be read; send it as multipart/form-data with a boundary.");
  }
}
