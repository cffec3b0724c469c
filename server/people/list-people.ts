import "server-only";
import { findAllUsers } from "@/db/queries/people";
import type { Person } from "@/lib/api/dto";
import { authorize } from "../auth/authorize";
import type { ServiceContext } from "../context";
import { toPerson } from "./to-person-dto";

export function listPeople(ctx: ServiceContext): Person[] {
  authorize(ctx, "people.manage");
  return findAllUsers(ctx.db).map(toPerson);
}
