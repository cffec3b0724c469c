import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimcheck", template: "%s · Claimcheck" },
  description: "Fact-check annotation workspace",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
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
          <nav aria-label="Main">
            <Link href="/">Articles</Link>
            <Link href="/articles/new">New article</Link>
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
