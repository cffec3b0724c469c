import type { Metadata } from "next";
import Link from "next/link";
import { UserMenu } from "@/components/session/UserMenu";
import { can } from "@/lib/auth/permissions";
import { optionalPageContext } from "@/server/auth/page-context";
import { signOutAction } from "./sign-in/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimcheck", template: "%s · Claimcheck" },
  description: "Fact-check annotation workspace",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { actor } = await optionalPageContext();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="app-header">
          <Link href="/" className="brand">
            Claimcheck
          </Link>
          {actor ? (
            <>
              <nav aria-label="Main">
                <Link href="/">Articles</Link>
                {can(actor.role, "article.create") ? <Link href="/articles/new">New article</Link> : null}
              </nav>
              <UserMenu user={actor} signOut={signOutAction} />
            </>
          ) : null}
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
