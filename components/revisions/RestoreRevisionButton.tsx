"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { describeError } from "@/components/review/review-api";
import { ApiError } from "@/components/workspace/claims-api";
import styles from "./revisions.module.css";

type Props = { articleId: number; number: number; /** The article's current revision, which the restore builds on. */ baseRevision: number };

async function restore({ articleId, number, baseRevision }: Props): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/articles/${articleId}/revisions/${number}/restore`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ baseRevision }),
    });
  } catch {
    throw new ApiError(0, "network", "The server could not be reached; nothing was saved.");
  }
  if (response.ok) return;
  const error = (await response.json().catch(() => null))?.error;
  throw new ApiError(response.status, error?.code ?? "unknown", error?.message ?? `The server answered ${response.status}.`);
}

/**
 * Saves this revision's text as the article's newest revision, then opens the article. A refusal
 * (someone saved in between: 409) is shown beside the button. It stays aria-disabled, not
 * disabled, while the request runs and after success, so focus is never lost and it cannot fire twice.
 */
export function RestoreRevisionButton(props: Props) {
  const router = useRouter();
  const [state, setState] = useState<"idle" | "pending" | "done">("idle");
  const [error, setError] = useState<string | null>(null);

  async function run() {
    if (state !== "idle") return;
    setState("pending");
    setError(null);
    try {
      await restore(props);
      setState("done");
      router.push(`/articles/${props.articleId}`);
    } catch (failure) {
      setError(describeError(failure));
      setState("idle");
    }
  }

  return (
    <div className={styles.actions}>
      <button type="button" className="button button-primary" aria-disabled={state !== "idle" || undefined} onClick={run}>
        Restore this revision
      </button>
      {error ? (
        <p role="alert" className={`form-error ${styles.error}`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
