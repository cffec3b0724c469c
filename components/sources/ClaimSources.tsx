"use client";

import { useCallback } from "react";
import type { Source } from "@/lib/api/dto";
import { reviewApi } from "@/components/review/review-api";
import { useReviewRefresh } from "@/components/review/use-review-refresh";
import { SourceForm } from "./SourceForm";
import { SourceItem } from "./SourceItem";
import styles from "./sources.module.css";

type Props = {
  claimId: number;
  sources: Source[];
  /** May add, edit and remove sources (the "source.write" permission). */
  canEdit: boolean;
  /** Called with the claim's sources as the server holds them after each change. */
  onSourcesChange: (sources: Source[]) => void;
};

/** The evidence attached to a claim (the caller gives it its heading), and a form to add more. */
export function ClaimSources({ claimId, sources, canEdit, onSourcesChange }: Props) {
  const load = useCallback(() => reviewApi.listSources(claimId), [claimId]);
  const write = useReviewRefresh(load, onSourcesChange);

  return (
    <div className={styles.section}>
      {sources.length === 0 ? (
        <p className="hint">No sources yet.</p>
      ) : (
        <ul className={styles.list}>
          {sources.map((source) => (
            <SourceItem key={source.id} source={source} canEdit={canEdit} write={write} />
          ))}
        </ul>
      )}
      {canEdit ? (
        <SourceForm idPrefix="new-source" idSuffix={claimId} submitLabel="Add source" onSubmit={(input) => write(() => reviewApi.createSource(claimId, input))} />
      ) : null}
    </div>
  );
}
