/** Machine-readable error codes of the API, each with the HTTP status it answers with. */
export const ERROR_STATUS = {
  invalid_input: 400,
  invalid_json: 400,
  quote_not_found: 400,
  too_deeply_nested: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  stale_version: 409,
  stale_revision: 409,
  conflict: 409,
  import_all_orphaned: 409,
  article_verified: 409,
  sign_off_unconfirmed: 409,
  rate_limited: 429,
  payload_too_large: 413,
  too_many_blocks: 413,
  unsupported_media_type: 415,
  internal: 500,
  database_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Field name → why it was refused. */
export type FieldErrors = Record<string, string>;

/**
 * An error the application means to report: services throw it, the HTTP layer turns it into
 * `{"error": {"code", "message", "fields"?}}` with the matching status, in one place.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldErrors;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: { fields?: FieldErrors; details?: Record<string, unknown> } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = options.fields;
    this.details = options.details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}
