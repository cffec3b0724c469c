"use client";

import type { Claim, CommentThread, ReviewData, Source } from "@/lib/api/dto";
import { ClaimThreads } from "@/components/comments/ClaimThreads";
import { ClaimHistory } from "@/components/history/ClaimHistory";
import { ClaimSources } from "@/components/sources/ClaimSources";
import { ClaimByline } from "./ClaimByline";
import { ClaimNote } from "./ClaimNote";
import { StatusBadge } from "./StatusBadge";

type Props = {
  claim: Claim;
  language: string;
  threads: CommentThread[];
  sources: Source[];
  people: ReviewData["people"];
  viewer: { id: string; role: string; canTag: boolean; canComment: boolean; canAddSources: boolean };
  /** The claim has changes the server has not acknowledged yet. */
  unsaved?: boolean;
  /** A note the person wrote that the server refused: kept in the field to try again. */
  refusedNote?: string | null;
  onClose: () => void;
  onSaveNote: (note: string) => void;
  onThreadsChange: (threads: CommentThread[]) => void;
  onSourcesChange: (sources: Source[]) => void;
};

/** Everything about one claim, beside the text: status, note, evidence, discussion, history. */
export function ClaimDetail({ claim, language, threads, sources, people, viewer, unsaved = false, refusedNote = null, onClose, onSaveNote, onThreadsChange, onSourcesChange }: Props) {
  const missingSource = claim.status === "sourced" && sources.length === 0;
  // Any change to the claim, its threads or its sources shows up in the history: refetch then.
  const historyKey = `${claim.version}:${claim.status}:${JSON.stringify(threads.map((t) => [t.version, t.resolved?.at, t.replies.length]))}:${sources.map((s) => s.version).join(",")}`;
  return (
    <section className="claim-detail" aria-label="Selected claim">
      <div className="claim-detail-head">
        <StatusBadge status={claim.status} />
        {unsaved ? <span className="flag flag--unsaved">not saved yet</span> : null}
        <button type="button" className="link-like" onClick={onClose} aria-keyshortcuts="Escape">
          ← All claims
        </button>
      </div>
      <q className="claim-quote" lang={language}>
        {claim.quote.exact}
      </q>
      <ClaimByline claim={claim} />
      {missingSource ? <p className="flag flag--warning">Sourced, but no source given.</p> : null}
      <ClaimNote claimId={claim.id} note={claim.note} refusedNote={refusedNote} canEdit={viewer.canTag} onSave={onSaveNote} />
      <h3 className="detail-heading">Sources</h3>
      <ClaimSources claimId={claim.id} sources={sources} canEdit={viewer.canAddSources} onSourcesChange={onSourcesChange} />
      <h3 className="detail-heading">Comments</h3>
      <ClaimThreads claimId={claim.id} threads={threads} viewer={{ id: viewer.id, role: viewer.role, canComment: viewer.canComment }} people={people} onThreadsChange={onThreadsChange} />
      <h3 className="detail-heading">History</h3>
      <ClaimHistory claimId={claim.id} refreshKey={historyKey} quote={claim.quote.exact} quoteLanguage={language} />
    </section>
  );
}
