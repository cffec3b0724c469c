import { authorize } from "@/server/auth/authorize";
import { jsonRoute } from "@/server/http/json-route";

/** Who the credentials belong to: a quick check for scripts that their token works. */
export const GET = jsonRoute(({ ctx }) => {
  const actor = authorize(ctx, "article.read");
  return { id: actor.id, name: actor.name, role: actor.role };
});
