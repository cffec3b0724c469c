import "server-only";
import { findAllUsers } from "@/db/queries/people";
import type { ReviewData } from "@/lib/api/dto";
import { mentionHandle } from "@/lib/comments/find-mentions";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";

/** Everyone who can be @mentioned in a comment, with the handle to type (their email's local part). */
export async function listMentionablePeople(ctx: ServiceContext): Promise<ReviewData["people"]> {
  authorize(ctx, "article.read");
  return (await findAllUsers(ctx.db)).map((person) => ({ id: person.id, name: person.name, handle: mentionHandle(person) }));
}
