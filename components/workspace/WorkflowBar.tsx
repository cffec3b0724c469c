"use client";

import Link from "next/link";
import { useState } from "react";
import { WORKFLOW_LABEL, type ArticleWorkflowState } from "@/lib/articles/workflow";
import { can, type Role } from "@/lib/auth/permissions";
import type { ArticleSummary, PersonRef } from "@/lib/api/dto";
import type { SignOffRecord } from "@/lib/articles/sign-off";
import { formatTimestamp } from "@/lib/format/format-timestamp";
import { SignOffDialog } from "./SignOffDialog";
import { workflowApi } from "./workflow-api";

/** Where the article stands in its workflow, as the workspace keeps it. */
export type WorkflowStatus = { state: ArticleWorkflowState; verifiedBy: PersonRef | null; verifiedAt: string | null; signOff: SignOffRecord | null };

type Props = {
  articleId: number;
  workflow: WorkflowStatus;
  openThreads: number;
  role: Role;
  onChange: (next: WorkflowStatus) => void;
};

const statusOf = (article: ArticleSummary): WorkflowStatus => ({ state: article.state, verifiedBy: article.verifiedBy, verifiedAt: article.verifiedAt, signOff: article.signOff });

/** Where the article stands (draft → in review → verified) and the step this person may take next. */
export function WorkflowBar({ articleId, workflow, openThreads, role, onChange }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [signing, setSigning] = useState(false);
  const { state, signOff } = workflow;
  const canVerify = can(role, "article.verify");
  const canReopen = can(role, "article.reopen");
  const canStart = can(role, "claim.tag") || can(role, "article.edit");

  async function move(next: ArticleWorkflowState) {
    setPending(true);
    setError(null);
    try {
      onChange(statusOf(await workflowApi.setState(articleId, next)));
    } catch (failure) {
      setError((failure as Error).message || "The state could not be changed.");
    } finally {
      setPending(false);
    }
  }

  const signer = signOff?.signedBy.name ?? workflow.verifiedBy?.name ?? "an admin";
  const signedAt = signOff?.signedAt ?? workflow.verifiedAt;
  return (
    <div className="workflow-bar" role="group" aria-label="Workflow">
      <span className={`workflow-state workflow-state--${state}`}>{WORKFLOW_LABEL[state]}</span>
      {state === "draft" && canStart ? (
        <button type="button" className="button" disabled={pending} onClick={() => move("in_review")}>
          Start review
        </button>
      ) : null}
      {state !== "verified" && canVerify ? (
        <button type="button" className="button" disabled={pending || openThreads > 0} aria-describedby={openThreads > 0 ? "verify-blocked" : undefined} onClick={() => setSigning(true)}>
          Mark verified
        </button>
      ) : null}
      {state !== "verified" && canVerify && openThreads > 0 ? (
        <span id="verify-blocked" className="hint">
          {openThreads} open {openThreads === 1 ? "thread" : "threads"} to resolve first
        </span>
      ) : null}
      <Link className="workflow-link" href={`/articles/${articleId}/activity`}>
        Activity
      </Link>
      {state === "verified" ? (
        <div className="verified-banner" role="status">
          <span>
            Verified, signed off by {signer}
            {signedAt ? <> on <time dateTime={signedAt}>{formatTimestamp(signedAt)}</time></> : null}
            {signOff ? `, revision ${signOff.revision}` : null}. The article is read-only until the review is reopened.
          </span>
          {canReopen ? (
            <button type="button" className="button" disabled={pending} onClick={() => move("in_review")}>
              Reopen review
            </button>
          ) : null}
        </div>
      ) : null}
      {error ? (
        <p role="alert" className="notice notice--error">
          {error}
        </p>
      ) : null}
      <SignOffDialog
        articleId={articleId}
        open={signing}
        onClose={() => setSigning(false)}
        onSigned={(article) => {
          setSigning(false);
          onChange(statusOf(article));
        }}
      />
    </div>
  );
}
