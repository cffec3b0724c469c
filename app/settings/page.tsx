import type { Metadata } from "next";
import Link from "next/link";
import { TokenManager } from "@/components/people/TokenManager";
import { can, ROLE_META } from "@/lib/auth/permissions";
import { requirePageContext } from "@/server/auth/page-context";
import { listTokens } from "@/server/tokens/list-tokens";
import { createTokenAction, revokeTokenAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const ctx = await requirePageContext("/settings");
  const { actor } = ctx;
  const tokens = listTokens(ctx);
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
      <TokenManager tokens={tokens} createAction={createTokenAction} revokeAction={revokeTokenAction} />
    </div>
  );
}
