import { authorize } from "@/server/auth/authorize";
import { jsonRoute } from "@/server/http/json-route";
import { methodNotAllowed } from "@/server/http/method-not-allowed";

/** Who the credentials belong to: a quick check for scripts that their token works. */
export const GET = jsonRoute(({ ctx }) => {
  const actor = authorize(ctx, "article.read");
  return { id: actor.id, name: actor.name, role: actor.role };
});

const otherMethod = methodNotAllowed("GET");
export const POST = otherMethod;
export const PUT = otherMethod;
export const PATCH = otherMethod;
export const DELETE = otherMethod;
