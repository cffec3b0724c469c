import "server-only";
import { findAllUsers } from "@/db/queries/people";
import type { Person } from "@/lib/api/dto";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { toPerson } from "./to-person-dto";

export async function listPeople(ctx: ServiceContext): Promise<Person[]> {
  authorize(ctx, "people.manage");
  return (await findAllUsers(ctx.db)).map(toPerson);
}
