"use client";

import { useState } from "react";

/**
 * Signs in through the authentication endpoint (so its rate limit and origin check apply), then
 * loads the page the person came for.
 */
export function SignInForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: String(form.get("email") ?? "").trim(), password: String(form.get("password") ?? "") }),
      });
      if (response.ok) {
        window.location.assign(next);
        return;
      }
      if (response.status === 429) {
        const wait = response.headers.get("x-retry-after");
        setError(`Too many sign-in attempts. Try again${wait ? ` in ${wait} seconds` : " in a minute"}.`);
      } else {
        setError("Wrong email or password.");
      }
    } catch {
      setError("The server could not be reached.");
    }
    setPending(false);
  }

  return (
    <form className="form" onSubmit={submit}>
      {error ? (
        <p role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <label htmlFor="email">Email</label>
      <input id="email" name="email" type="email" autoComplete="username" required />
      <label htmlFor="password">Password</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </div>
    </form>
  );
}
