import type { ApiToken } from "@/lib/api/dto";
import { formatTimestamp } from "@/lib/format/format-timestamp";
import { RevokeTokenForm, type RevokeTokenAction } from "./RevokeTokenForm";
import styles from "./people.module.css";

/** The person's tokens: only the prefix of each is known after creation, enough to tell them apart. */
export function TokenTable({ tokens, revokeAction }: { tokens: ApiToken[]; revokeAction: RevokeTokenAction }) {
  if (tokens.length === 0) return <p className="empty">No tokens yet.</p>;
  return (
    <table className={styles.table}>
      <caption>Your tokens</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Token</th>
          <th scope="col">Created</th>
          <th scope="col">Last used</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {tokens.map((token) => (
          <tr key={token.id} className={token.revokedAt ? styles.revoked : undefined}>
            <th scope="row">{token.name}</th>
            <td>
              <code>{token.prefix}…</code>
            </td>
            <td className={styles.nowrap}>
              <time dateTime={token.createdAt}>{formatTimestamp(token.createdAt)}</time>
            </td>
            <td className={styles.nowrap}>{token.lastUsedAt ? <time dateTime={token.lastUsedAt}>{formatTimestamp(token.lastUsedAt)}</time> : "Never"}</td>
            <td>
              {token.revokedAt ? (
                <>
                  Revoked <time dateTime={token.revokedAt}>{formatTimestamp(token.revokedAt)}</time>
                </>
              ) : (
                "Active"
              )}
            </td>
            <td>{token.revokedAt ? null : <RevokeTokenForm token={token} action={revokeAction} />}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
