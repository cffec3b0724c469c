"use client";

import { useCallback, useRef, useState } from "react";
import type { Claim } from "@/lib/api/dto";
import type { ClaimStatus } from "@/lib/claims/statuses";
import { describeQuote } from "@/lib/anchoring";
import { ApiError, claimsApi } from "./claims-api";

export type Notice = { kind: "error" | "info"; text: string };

function byTextOrder(a: Claim, b: Claim): number {
  return a.start - b.start || b.end - a.end || a.id - b.id;
}

/**
 * The workspace's claims, changed optimistically: the screen updates at once, the writes go to
 * the API one after another (so a quick "tag, then re-tag" reaches the server in order), and any
 * refusal reloads the server's truth and says why.
 */
export function useClaimStore(articleId: number, initial: Claim[], author: { id: string; name: string }) {
  const [claims, setClaims] = useState(() => [...initial].sort(byTextOrder));
  const [activeId, setActiveIdState] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const latest = useRef(claims);
  const activeRef = useRef<number | null>(null);
  const realIds = useRef(new Map<number, number>());
  // Latest version the server acknowledged per claim, kept even once a claim leaves the list.
  const savedVersions = useRef(new Map<number, number>());
  const queue = useRef<Promise<void>>(Promise.resolve());
  // Writes sent but not yet answered: the page says "Saving…" until the server has them all.
  const [pendingWrites, setPendingWrites] = useState(0);
  const nextTempId = useRef(-1);

  const commit = useCallback((next: Claim[]) => {
    latest.current = next;
    setClaims(next);
  }, []);

  const setActiveId = useCallback((id: number | null) => {
    activeRef.current = id;
    setActiveIdState(id);
  }, []);

  const resolveId = (id: number) => (id < 0 ? realIds.current.get(id) ?? id : id);
  const find = (id: number) => latest.current.find((c) => c.id === resolveId(id));
  const replace = (id: number, claim: Claim | null) =>
    commit(
      latest.current
        .flatMap((c) => (c.id === id ? (claim ? [claim] : []) : [c]))
        .sort(byTextOrder),
    );

  const enqueue = useCallback(
    (write: () => Promise<void>) => {
      setPendingWrites((n) => n + 1);
      const settled = () => setPendingWrites((n) => n - 1);
      queue.current = queue.current.then(write).then(settled, async (error: unknown) => {
        settled();
        const message =
          error instanceof ApiError && error.code === "stale_version"
            ? "Someone else changed this claim meanwhile. The latest version is shown; try again."
            : error instanceof ApiError
              ? error.message
              : "Saving failed; the latest saved claims are shown.";
        setNotice({ kind: "error", text: message });
        try {
          commit((await claimsApi.list(articleId)).sort(byTextOrder));
          if (activeRef.current !== null && !find(activeRef.current)) setActiveId(null);
        } catch {
          // The server is unreachable: keep what is on screen; the notice already says saving failed.
        }
      });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [articleId, commit, setActiveId],
  );

  /** Tags a span as a new claim and makes it the active one. */
  function create(text: string, span: { start: number; end: number }, status: ClaimStatus) {
    const tempId = nextTempId.current--;
    const now = new Date().toISOString();
    const draft: Claim = {
      id: tempId,
      articleId,
      revision: 0,
      status,
      note: "",
      start: span.start,
      end: span.end,
      quote: describeQuote(text, span.start, span.end),
      version: 1,
      orphaned: false,
      author: { id: author.id, name: author.name },
      createdAt: now,
      updatedAt: now,
    };
    commit([...latest.current, draft].sort(byTextOrder));
    setActiveId(tempId);
    setNotice(null);
    enqueue(async () => {
      const saved = await claimsApi.create(articleId, { start: span.start, end: span.end, status });
      realIds.current.set(tempId, saved.id);
      savedVersions.current.set(saved.id, saved.version);
      // Keep a status changed while the claim was being saved; the queued update will send it.
      const current = latest.current.find((c) => c.id === tempId);
      replace(tempId, current ? { ...saved, status: current.status } : null);
      if (activeRef.current === tempId) setActiveId(saved.id);
    });
  }

  /** Changes a claim's status. */
  function setStatus(id: number, status: ClaimStatus) {
    const claim = find(id);
    if (!claim || claim.status === status) return;
    replace(claim.id, { ...claim, status });
    setNotice(null);
    enqueue(async () => {
      const current = find(id);
      if (!current || current.id < 0) return;
      const saved = await claimsApi.update(current, { status });
      savedVersions.current.set(saved.id, saved.version);
      replace(current.id, { ...saved, status: find(id)?.status ?? saved.status });
    });
  }

  /** Changes a claim's note. */
  function setNote(id: number, note: string) {
    const claim = find(id);
    if (!claim || claim.note === note) return;
    replace(claim.id, { ...claim, note });
    setNotice(null);
    enqueue(async () => {
      const current = find(id);
      if (!current || current.id < 0) return;
      const saved = await claimsApi.update(current, { note });
      savedVersions.current.set(saved.id, saved.version);
      replace(current.id, { ...saved, status: find(id)?.status ?? saved.status });
    });
  }

  /** Puts a claim (typically an orphaned one) on a new span of the current text. */
  function reattach(id: number, text: string, span: { start: number; end: number }) {
    const claim = find(id);
    if (!claim || claim.id < 0) return;
    replace(claim.id, { ...claim, ...span, quote: describeQuote(text, span.start, span.end), orphaned: false });
    setNotice(null);
    enqueue(async () => {
      const saved = await claimsApi.reattach({ id: claim.id, version: savedVersions.current.get(claim.id) ?? claim.version }, span);
      savedVersions.current.set(saved.id, saved.version);
      replace(saved.id, saved);
    });
  }

  /** Removes a claim. */
  function remove(id: number) {
    const claim = find(id);
    if (!claim) return;
    replace(claim.id, null);
    if (activeRef.current === id || activeRef.current === claim.id) setActiveId(null);
    setNotice(null);
    enqueue(async () => {
      // Writes run in order, so a claim removed before it was saved has been saved by now.
      const realId = resolveId(id);
      if (realId < 0) return;
      await claimsApi.remove({ id: realId, version: savedVersions.current.get(realId) ?? claim.version });
    });
  }

  return { claims, saving: pendingWrites > 0, activeId: activeId === null ? null : resolveId(activeId), setActiveId, notice, setNotice, create, setStatus, setNote, reattach, remove };
}
