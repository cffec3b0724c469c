// Unknown API paths answer in the API's error shape rather than with the HTML 404 page.
function notFound(request: Request): Response {
  const path = new URL(request.url).pathname;
  return Response.json({ error: { code: "not_found", message: `No API route ${request.method} ${path}.` } }, { status: 404 });
}

export const GET = notFound;
export const POST = notFound;
export const PATCH = notFound;
export const PUT = notFound;
export const DELETE = notFound;
