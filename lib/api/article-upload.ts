// What the article file upload accepts, shared by the upload form (browser) and the importer
// (server). Kept apart from the zod schemas so browser code can read it without bundling zod.

/** Largest file accepted, in bytes (5 MiB). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** Each accepted file extension and the format its content is read as. */
export const UPLOAD_FORMATS = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".docx": "docx",
} as const;

export type UploadFormat = (typeof UPLOAD_FORMATS)[keyof typeof UPLOAD_FORMATS];

/** The accepted extensions, comma-separated: the file input's `accept` attribute. */
export const UPLOAD_ACCEPT = Object.keys(UPLOAD_FORMATS).join(",");
