"use client";

import { useEffect, useState } from "react";
import type { HistoryEntry } from "@/lib/api/dto";
import { HistoryList } from "./HistoryList";

/**
 * A claim's timeline, fetched again whenever `refreshKey` changes (after any change to the claim).
 * `quote` is the claim's quote shown above it: lines about other (earlier) words name them.
 */
export function ClaimHistory({ claimId, refreshKey, quote, quoteLanguage }: { claimId: number; refreshKey: string; quote: string; quoteLanguage?: string }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    fetch(`/api/v1/annotations/${claimId}/history`)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((body: { events: HistoryEntry[] }) => {
        if (current) setEntries(body.events);
      })
      .catch(() => {
        if (current) setFailed(true);
      });
    return () => {
      current = false;
    };
  }, [claimId, refreshKey]);

  if (failed) return <p className="hint">The history could not be loaded.</p>;
  if (!entries) return <p className="hint">Loading…</p>;
  return <HistoryList entries={entries} label="History of this claim" shownQuote={quote} quoteLanguage={quoteLanguage} />;
}
