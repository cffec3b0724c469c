import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SetupForm } from "@/components/session/SetupForm";
import { optionalPageContext } from "@/server/auth/page-context";
import { needsSetup } from "@/server/people/create-first-admin";
import { createFirstAdminAction } from "./actions";

export const metadata: Metadata = { title: "Set up Claimcheck" };

export default async function SetupPage() {
  const ctx = await optionalPageContext();
  if (!await needsSetup(ctx)) redirect("/sign-in");
  return (
    <div className="page page-narrow">
      <h1>Set up Claimcheck</h1>
      <p className="lede">Nobody has an account yet. Create the first admin: you will then add journalists, reviewers and viewers on the People page.</p>
      <SetupForm action={createFirstAdminAction} />
    </div>
  );
}
