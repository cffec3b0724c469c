import type { ApiToken } from "@/lib/api/dto";
import { CreateTokenForm, type CreateTokenAction } from "./CreateTokenForm";
import type { RevokeTokenAction } from "./RevokeTokenForm";
import { TokenTable } from "./TokenTable";
import styles from "./people.module.css";

/** The "API tokens" section of Settings: how to use one, a form to make one, and the list to revoke from. */
export function TokenManager({ tokens, createAction, revokeAction }: { tokens: ApiToken[]; createAction: CreateTokenAction; revokeAction: RevokeTokenAction }) {
  return (
    <section className={styles.section} aria-labelledby="api-tokens-heading">
      <h2 id="api-tokens-heading">API tokens</h2>
      <p>
        Scripts can use the JSON API at <code>/api/v1</code> (described in <code>docs/api.md</code>) by sending the header{" "}
        <code>Authorization: Bearer &lt;token&gt;</code>. A token acts as you, with your role, until you revoke it.
      </p>
      <CreateTokenForm action={createAction} />
      <TokenTable tokens={tokens} revokeAction={revokeAction} />
    </section>
  );
}
