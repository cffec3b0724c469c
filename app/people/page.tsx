import type { Metadata } from "next";
import { AddPersonForm } from "@/components/people/AddPersonForm";
import { PeopleTable } from "@/components/people/PeopleTable";
import styles from "@/components/people/people.module.css";
import { MIN_PASSWORD } from "@/lib/api/people-schemas";
import { can, ROLE_META } from "@/lib/auth/permissions";
import { requirePageContext } from "@/server/auth/page-context";
import { listPeople } from "@/server/people/list-people";
import { addPersonAction, changeRoleAction } from "./actions";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage() {
  const ctx = await requirePageContext("/people");
  // Checked here as well as in the services, so other roles get an explanation instead of a 403 crash.
  if (!can(ctx.actor.role, "people.manage")) {
    return (
      <div className="page page-narrow">
        <h1>People</h1>
        <p role="alert" className="notice notice--error">
          Only admins manage people; you are signed in as a {ROLE_META[ctx.actor.role].label.toLowerCase()}.
        </p>
      </div>
    );
  }
  const people = await listPeople(ctx);
  return (
    <div className="page">
      <h1>People</h1>
      <p className="lede">Everyone who can sign in, and what their role lets them do.</p>
      <PeopleTable people={people} changeRoleAction={changeRoleAction} />
      <section className={styles.section} aria-labelledby="add-person-heading">
        <h2 id="add-person-heading">Add person</h2>
        <AddPersonForm action={addPersonAction} minPassword={MIN_PASSWORD} />
      </section>
    </div>
  );
}
