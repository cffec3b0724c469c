import { ZUpdateComment } from "@/lib/api/review-schemas";
import { deleteComment } from "@/server/comments/delete-comment";
import { editComment } from "@/server/comments/edit-comment";
import { setThreadResolved } from "@/server/comments/set-thread-resolved";
import { jsonRoute, parseId } from "@/server/http/json-route";
import { readJsonBody } from "@/server/http/read-json-body";
import { methodNotAllowed } from "@/server/http/method-not-allowed";

/** `{ body, version }` edits and answers the Comment; `{ resolved }` answers the whole CommentThread. */
export const PATCH = jsonRoute<{ id: string }>(async ({ request, params, ctx }) => {
  const commentId = parseId(params.id, "comment");
  const input = ZUpdateComment.parse(await readJsonBody(request));
  if ("resolved" in input) return setThreadResolved(ctx, { commentId, resolved: input.resolved });
  return editComment(ctx, { commentId, body: input.body, version: input.version });
});

export const DELETE = jsonRoute<{ id: string }>(async ({ params, ctx }) => {
  await deleteComment(ctx, { commentId: parseId(params.id, "comment") });
  return undefined;
});

const otherMethod = methodNotAllowed("PATCH", "DELETE");
export const GET = otherMethod;
export const POST = otherMethod;
export const PUT = otherMethod;
