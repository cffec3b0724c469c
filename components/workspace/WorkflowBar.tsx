"use client";

import Link from "next/link";
import { useState } from "react";
import { WORKFLOW_LABEL, type ArticleWorkflowState } from "@/lib/articles/workflow";
import { can, type Role } from "@/lib/auth/permissions";
import type { PersonRef } from "@/lib/api/dto";

type Props = {
  articleId: number;
  state: ArticleWorkflowState;
  verified: { by: PersonRef | null; at: string | null };
  openThreads: number;
  role: Role;
  onChange: (next: { state: ArticleWorkflowState; verifiedBy: PersonRef | null; verifiedAt: string | null }) => void;
};

/** Where the article stands (draft → in review → verified) and the step this person may take next. */
export function WorkflowBar({ articleId, state, verified, openThreads, role, onChange }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const canVerify = can(role, "article.verify");
  const canStart = can(role, "claim.tag") || can(role, "article.edit");

  async function move(next: ArticleWorkflowState) {
    setPending(true);
    setError(null);
    const response = await fetch(`/api/v1/articles/${articleId}/state`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ state: next }) }).catch(() => null);
    const body = await response?.json().catch(() => null);
    setPending(false);
    if (!response?.ok) return setError(body?.error?.message ?? "The state could not be changed.");
    onChange({ state: body.state, verifiedBy: body.verifiedBy ?? null, verifiedAt: body.verifiedAt ?? null });
  }

  return (
    <div className="workflow-bar" role="group" aria-label="Workflow">
      <span className={`workflow-state workflow-state--${state}`}>{WORKFLOW_LABEL[state]}</span>
      {state === "verified" && verified.at ? (
        <span className="hint">
          signed off by {verified.by?.name ?? "an admin"} on {verified.at.slice(0, 10)}
        </span>
      ) : null}
      {state === "draft" && canStart ? (
        <button type="button" className="button" disabled={pending} onClick={() => move("in_review")}>
          Start review
        </button>
      ) : null}
      {state !== "verified" && canVerify ? (
        <button type="button" className="button" disabled={pending || openThreads > 0} aria-describedby={openThreads > 0 ? "verify-blocked" : undefined} onClick={() => move("verified")}>
          Mark verified
        </button>
      ) : null}
      {state !== "verified" && canVerify && openThreads > 0 ? (
        <span id="verify-blocked" className="hint">
          {openThreads} open {openThreads === 1 ? "thread" : "threads"} to resolve first
        </span>
      ) : null}
      {state === "verified" && canVerify ? (
        <button type="button" className="button" disabled={pending} onClick={() => move("in_review")}>
          Reopen review
        </button>
      ) : null}
      <Link className="workflow-link" href={`/articles/${articleId}/activity`}>
        Activity
      </Link>
      {error ? (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
