"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Claim } from "@/lib/api/dto";
import type { ClaimStatus } from "@/lib/claims/statuses";
import { describeQuote } from "@/lib/anchoring";
import { changeAlreadyApplied, findCreatedClaim } from "@/lib/claims/change-already-applied";
import { claimStoreReducer, initialClaimStore, resolveClaimId, type ClaimStoreAction, type ClaimStoreState, type PendingChange, type WriteFailure } from "@/lib/claims/claim-store-reducer";
import { classifyWriteFailure, MAX_SERVER_FAILURE_ATTEMPTS } from "@/lib/claims/classify-write-failure";
import { retryDelay } from "@/lib/claims/retry-delay";
import { visibleClaims, type VisibleClaims } from "@/lib/claims/visible-claims";
import { ApiError, claimsApi } from "./claims-api";

export type Notice = { kind: "error" | "info"; text: string };

/** Where the person's changes stand, for the status line. */
export type SaveState =
  | { kind: "saved" }
  | { kind: "saving"; count: number }
  /** The first change in line did not get through; it and those behind it wait for the next attempt. */
  | { kind: "retrying"; count: number; offline: boolean };

function toFailure(error: unknown): WriteFailure & { retryAfterMs?: number } {
  if (error instanceof ApiError) return { status: error.status, code: error.code, message: error.message, retryAfterMs: error.retryAfterMs };
  return { status: 0, code: "network", message: "The server could not be reached." };
}

/** The server's copy of a claim; null when it no longer exists. */
async function loadClaim(id: number): Promise<Claim | null> {
  try {
    return await claimsApi.get(id);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * The workspace's claims, changed optimistically: the screen updates at once and each change is
 * marked unsaved until the server acknowledges it. Changes are sent one after another, in the
 * order they were made (a quick "tag, then re-tag" reaches the server in order). One that does not
 * get through (offline, 5xx, 429) is sent again with backoff, at once when the browser is back
 * online, and the line waits behind it; one the server refuses (4xx) is undone on screen, that
 * claim reloaded from the server, and the refusal kept for the page to say what was not saved.
 * The state transitions are pure (`claimStoreReducer`); this hook sends the writes.
 */
export function useClaimStore(articleId: number, initial: Claim[], author: { id: string; name: string }) {
  const [state, setState] = useState<ClaimStoreState>(() => initialClaimStore(initial));
  const stateRef = useRef(state);
  const [activeId, setActiveIdState] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const activeRef = useRef<number | null>(null);
  const sending = useRef(false);
  const wake = useRef<(() => void) | null>(null);
  const mounted = useRef(true);

  const dispatch = useCallback((action: ClaimStoreAction) => {
    stateRef.current = claimStoreReducer(stateRef.current, action);
    setState(stateRef.current);
  }, []);

  const visibleCache = useRef<{ state: ClaimStoreState; visible: VisibleClaims } | null>(null);
  const visibleNow = useCallback((): VisibleClaims => {
    const current = stateRef.current;
    if (visibleCache.current?.state !== current) visibleCache.current = { state: current, visible: visibleClaims(current) };
    return visibleCache.current.visible;
  }, []);
  const visible = useMemo(() => visibleClaims(state), [state]);

  const setActiveId = useCallback((id: number | null) => {
    activeRef.current = id;
    setActiveIdState(id);
  }, []);

  const find = (id: number) => {
    const real = resolveClaimId(stateRef.current, id);
    return visibleNow().claims.find((c) => c.id === real);
  };

  /** Sends one change; resolves with the server's claim (null for a removal). */
  const send = useCallback(
    async (change: PendingChange): Promise<Claim | null> => {
      if (change.kind === "create") {
        // The last attempt may have reached the server with its answer lost: look before tagging twice.
        if (change.lastFailure?.status === 0) {
          const known = new Set(stateRef.current.saved.map((c) => c.id));
          const created = findCreatedClaim(change.draft, await claimsApi.list(articleId), known);
          if (created) return created;
        }
        const { start, end, status } = change.draft;
        return claimsApi.create(articleId, { start, end, status });
      }
      const saved = stateRef.current.saved.find((c) => c.id === change.claimId);
      if (!saved) throw new ApiError(404, "not_found", "This claim no longer exists.");
      if (change.kind === "update") return claimsApi.update(saved, change.changes);
      if (change.kind === "reattach") return claimsApi.reattach(saved, change.span);
      await claimsApi.remove(saved);
      return null;
    },
    [articleId],
  );

  /** Waits before the next attempt; the browser coming back online ends the wait at once. */
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake.current = null;
        resolve();
      }
      wake.current = done;
    });

  /** The server refused a change: keep it if the server holds it anyway, else undo it and say so. */
  const settleRefusal = useCallback(
    async (change: PendingChange, failure: WriteFailure) => {
      const target = change.kind === "create" ? null : change.claimId;
      let truth: Claim | null | undefined;
      try {
        truth = target === null ? undefined : await loadClaim(target);
      } catch {
        truth = undefined;
      }
      if (target !== null && truth !== undefined && changeAlreadyApplied(change, truth)) {
        dispatch({ type: "acknowledged", seq: change.seq, claim: truth });
        return;
      }
      dispatch({ type: "refused", seq: change.seq, failure });
      if (target !== null && truth !== undefined) dispatch({ type: "claim_loaded", id: target, claim: truth });
      const active = activeRef.current;
      if (active !== null && !find(active)) setActiveId(null);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [dispatch, setActiveId],
  );

  /** Sends the changes in line, one at a time, until none is left (or the page is gone). */
  const drain = useCallback(async () => {
    // A change made while the line waits joins it; it is sent once those before it got through.
    if (sending.current) return;
    sending.current = true;
    try {
      for (let change = stateRef.current.pending[0]; change && mounted.current; change = stateRef.current.pending[0]) {
        try {
          dispatch({ type: "acknowledged", seq: change.seq, claim: await send(change) });
          continue;
        } catch (error) {
          const failure = toFailure(error);
          const verdict = classifyWriteFailure(failure.status);
          const attempts = change.attempts + 1;
          if (verdict === "retry" || (verdict === "retry_a_few_times" && attempts < MAX_SERVER_FAILURE_ATTEMPTS)) {
            const { retryAfterMs, ...reason } = failure;
            dispatch({ type: "will_retry", seq: change.seq, failure: reason });
            await pause(retryDelay(attempts, { retryAfterMs, jitter: Math.random() }));
            continue;
          }
          await settleRefusal(change, { status: failure.status, code: failure.code, message: failure.message });
        }
      }
    } finally {
      sending.current = false;
    }
  }, [dispatch, send, settleRefusal]);

  const enqueue = (action: Extract<ClaimStoreAction, { type: "change" }>) => {
    dispatch(action);
    setNotice(null);
    void drain();
  };

  useEffect(() => {
    mounted.current = true;
    const retryNow = () => wake.current?.();
    window.addEventListener("online", retryNow);
    return () => {
      mounted.current = false;
      window.removeEventListener("online", retryNow);
      wake.current?.();
    };
  }, []);

  // Leaving the page with changes the server does not have yet would lose them: the browser asks first.
  const unsavedCount = state.pending.length;
  useEffect(() => {
    if (unsavedCount === 0) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsavedCount]);

  /** Tags a span as a new claim and makes it the active one. */
  function create(text: string, span: { start: number; end: number }, status: ClaimStatus) {
    const now = new Date().toISOString();
    const tempId = stateRef.current.nextTempId;
    enqueue({
      type: "change",
      change: {
        kind: "create",
        draft: { articleId, revision: 0, status, note: "", start: span.start, end: span.end, quote: describeQuote(text, span.start, span.end), version: 1, orphaned: false, author: { id: author.id, name: author.name }, createdAt: now, updatedAt: now },
      },
    });
    setActiveId(tempId);
  }

  /** Changes a claim's status. */
  function setStatus(id: number, status: ClaimStatus) {
    const claim = find(id);
    if (!claim || claim.status === status) return;
    enqueue({ type: "change", change: { kind: "update", claimId: claim.id, changes: { status } } });
  }

  /** Changes a claim's note. */
  function setNote(id: number, note: string) {
    const claim = find(id);
    if (!claim || claim.note === note) return;
    enqueue({ type: "change", change: { kind: "update", claimId: claim.id, changes: { note } } });
  }

  /** Puts a claim (typically an orphaned one) on a new span of the current text. */
  function reattach(id: number, text: string, span: { start: number; end: number }) {
    const claim = find(id);
    if (!claim) return;
    enqueue({ type: "change", change: { kind: "reattach", claimId: claim.id, span, quote: describeQuote(text, span.start, span.end) } });
  }

  /** Removes a claim. */
  function remove(id: number) {
    const claim = find(id);
    if (!claim) return;
    if (activeRef.current === id || activeRef.current === claim.id) setActiveId(null);
    enqueue({ type: "change", change: { kind: "remove", claimId: claim.id } });
  }

  const head = state.pending[0];
  const saveState: SaveState =
    state.pending.length === 0
      ? { kind: "saved" }
      : head.lastFailure
        ? { kind: "retrying", count: state.pending.length, offline: head.lastFailure.status === 0 }
        : { kind: "saving", count: state.pending.length };

  return {
    claims: visible.claims,
    /** Ids of the claims shown with changes the server has not acknowledged. */
    unsaved: visible.unsaved,
    saveState,
    /** Changes the server refused (undone on screen) since the person last dismissed them. */
    refused: state.refused,
    dismissRefused: () => dispatch({ type: "refusals_dismissed" }),
    activeId: activeId === null ? null : resolveClaimId(state, activeId),
    setActiveId,
    notice,
    setNotice,
    create,
    setStatus,
    setNote,
    reattach,
    remove,
  };
}
