import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/session/SignInForm";
import { safeNextPath } from "@/lib/auth/safe-next-path";
import { optionalPageContext } from "@/server/auth/page-context";
import { needsSetup } from "@/server/people/create-first-admin";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const ctx = await optionalPageContext();
  const next = safeNextPath((await searchParams).next);
  if (await needsSetup(ctx)) redirect("/setup");
  if (ctx.actor) redirect(next);
  return (
    <div className="page page-narrow">
      <h1>Sign in</h1>
      <p className="lede">Accounts are created by your newsroom&apos;s admin.</p>
      <SignInForm next={next} />
    </div>
  );
}
