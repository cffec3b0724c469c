import "server-only";
import { AppError } from "@/lib/api/app-error";
import { readCappedBody } from "../http/read-capped-body";

/** True when the request carries a multipart/form-data body (a file upload). */
export function isMultipart(request: Request): boolean {
  return /^multipart\/form-data\b/i.test(request.headers.get("content-type") ?? "");
}

/** Reads a multipart/form-data body, refusing more than `maxBytes` with a 413 before parsing. */
export async function readUploadForm(request: Request, maxBytes: number): Promise<FormData> {
  const bytes = await readCappedBody(request, maxBytes, () => new AppError("payload_too_large", `The upload is larger than ${Math.round(maxBytes / 1024)} KiB.`, { fields: { file: "the file is too large" } }));
  // The bytes are all here and bounded: let the platform's parser split the parts.
  const body = new Blob([bytes]);
  try {
    return await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    throw new AppError("invalid_input", "The multipart body could not be read; send it as multipart/form-data with a boundary.");
  }
}
