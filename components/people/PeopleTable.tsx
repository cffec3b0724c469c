import type { Person } from "@/lib/api/dto";
import { formatTimestamp } from "@/lib/format/format-timestamp";
import { RoleForm, type RoleFormAction } from "./RoleForm";
import styles from "./people.module.css";

/** Everyone with an account, each with a role picker. */
export function PeopleTable({ people, changeRoleAction }: { people: Person[]; changeRoleAction: RoleFormAction }) {
  return (
    <table className={styles.table}>
      <caption>People</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
          <th scope="col">Created</th>
        </tr>
      </thead>
      <tbody>
        {people.map((person) => (
          <tr key={person.id}>
            <th scope="row">{person.name}</th>
            <td>{person.email}</td>
            <td>
              <RoleForm person={person} action={changeRoleAction} />
            </td>
            <td className={styles.nowrap}>
              <time dateTime={person.createdAt}>{formatTimestamp(person.createdAt)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
