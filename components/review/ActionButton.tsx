"use client";

import { useState } from "react";
import { describeError } from "./review-api";

type Props = {
  children: string;
  /** When the visible text alone is ambiguous, e.g. "Remove source <title>". */
  "aria-label"?: string;
  className?: string;
  errorClassName?: string;
  onAction: () => Promise<void>;
};

/**
 * A button that runs one API write and shows its refusal in an alert beside it. While the write
 * runs it is aria-disabled rather than disabled, so keyboard focus stays on it.
 */
export function ActionButton({ children, "aria-label": ariaLabel, className = "button", errorClassName, onAction }: Props) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run() {
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      await onAction();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <button type="button" className={className} aria-label={ariaLabel} aria-disabled={pending || undefined} onClick={run}>
        {children}
      </button>
      {error ? (
        <p role="alert" className={`form-error ${errorClassName ?? ""}`}>
          {error}
        </p>
      ) : null}
    </>
  );
}
