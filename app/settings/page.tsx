import type { Metadata } from "next";
import Link from "next/link";
import { TokenManager } from "@/components/people/TokenManager";
import styles from "@/components/people/people.module.css";
import { ChangePasswordForm } from "@/components/session/ChangePasswordForm";
import { RenameSelfForm } from "@/components/session/RenameSelfForm";
import { MIN_PASSWORD } from "@/lib/auth/password-policy";
import { can, ROLE_META } from "@/lib/auth/permissions";
import { requirePageContext } from "@/server/auth/page-context";
import { listTokens } from "@/server/tokens/list-tokens";
import { changePasswordAction, createTokenAction, renameSelfAction, revokeTokenAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const ctx = await requirePageContext("/settings");
  const { actor } = ctx;
  const tokens = await listTokens(ctx);
  return (
    <div className="page page-narrow">
      <h1>Settings</h1>
      <p className="lede">
        Signed in as <strong>{actor.name}</strong>, role <strong>{ROLE_META[actor.role].label}</strong>: {ROLE_META[actor.role].description}.
        {can(actor.role, "people.manage") ? (
          <>
            {" "}
            <Link href="/people">Manage people</Link>.
          </>
        ) : null}
      </p>
      <section className={styles.section} aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <RenameSelfForm name={actor.name} action={renameSelfAction} />
      </section>
      <section className={styles.section} aria-labelledby="password-heading">
        <h2 id="password-heading">Password</h2>
        <ChangePasswordForm minPassword={MIN_PASSWORD} action={changePasswordAction} />
      </section>
      <TokenManager tokens={tokens} createAction={createTokenAction} revokeAction={revokeTokenAction} />
    </div>
  );
}
