"use client";

import { useCallback } from "react";
import type { CommentThread, ReviewData } from "@/lib/api/dto";
import { reviewApi } from "@/components/review/review-api";
import { useReviewRefresh } from "@/components/review/use-review-refresh";
import { CommentForm } from "./CommentForm";
import { MentionedPeople } from "./MentionedPeople";
import { ThreadView } from "./ThreadView";
import styles from "./comments.module.css";

/** Who is looking: their own comments get Edit and Delete; `canComment` allows writing at all. */
export type ThreadViewer = { id: string; role: string; canComment: boolean };

type Props = {
  claimId: number;
  threads: CommentThread[];
  viewer: ThreadViewer;
  /** Everyone who can be @mentioned. */
  people: ReviewData["people"];
  /** Called with the claim's threads as the server holds them after each change. */
  onThreadsChange: (threads: CommentThread[]) => void;
};

/** A claim's discussion (the caller gives it its heading): threads, who is mentioned, a form to start one. */
export function ClaimThreads({ claimId, threads, viewer, people, onThreadsChange }: Props) {
  const load = useCallback(() => reviewApi.listThreads(claimId), [claimId]);
  const write = useReviewRefresh(load, onThreadsChange);

  return (
    <div className={styles.section}>
      {threads.length === 0 ? (
        <p className="hint">No comments yet.</p>
      ) : (
        <ol className={styles.threads}>
          {threads.map((thread) => (
            <ThreadView key={thread.id} claimId={claimId} thread={thread} viewer={viewer} people={people} write={write} />
          ))}
        </ol>
      )}
      <MentionedPeople threads={threads} people={people} />
      {viewer.canComment ? (
        <CommentForm
          id={`new-comment-${claimId}`}
          label="New comment"
          submitLabel="Comment"
          hint={people.length > 0 ? `Type @ and a handle to mention someone, e.g. @${people[0].handle}.` : undefined}
          onSubmit={(body) => write(() => reviewApi.createComment(claimId, { body }))}
        />
      ) : (
        <p className="hint">You can read the comments; your role cannot add any.</p>
      )}
    </div>
  );
}
