import { describe, expect, it } from "vitest";
import type { Claim } from "@/lib/api/dto";
import { claimStoreReducer, initialClaimStore, type ClaimStoreAction, type ClaimStoreState, type WriteFailure } from "@/lib/claims/claim-store-reducer";
import { changeAlreadyApplied, findCreatedClaim } from "@/lib/claims/change-already-applied";
import { classifyWriteFailure, MAX_SERVER_FAILURE_ATTEMPTS } from "@/lib/claims/classify-write-failure";
import { MAX_RETRY_DELAY_MS, retryDelay } from "@/lib/claims/retry-delay";
import { visibleClaims } from "@/lib/claims/visible-claims";

const rita = { id: "u-rita", name: "Rita Reviewer" };

function makeClaim(overrides: Partial<Claim> & Pick<Claim, "id" | "start" | "end">): Claim {
  return {
    articleId: 1,
    revision: 1,
    status: "unsourced",
    note: "",
    quote: { exact: `quote ${overrides.start}-${overrides.end}`, prefix: "", suffix: "" },
    version: 1,
    orphaned: false,
    author: rita,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
    ...overrides,
  };
}

function draftAt(start: number, end: number, status: Claim["status"] = "disputed"): Omit<Claim, "id"> {
  const { id: _id, ...draft } = makeClaim({ id: 0, start, end, status });
  return draft;
}

const run = (state: ClaimStoreState, ...actions: ClaimStoreAction[]) => actions.reduce(claimStoreReducer, state);
const offline: WriteFailure = { status: 0, code: "network", message: "The server could not be reached; nothing was saved." };
const stale: WriteFailure = { status: 409, code: "stale_version", message: "This claim changed meanwhile." };
const shown = (state: ClaimStoreState) => visibleClaims(state).claims.map((c) => [c.id, c.status, c.note]);

const saved = [makeClaim({ id: 10, start: 0, end: 5, status: "sourced" }), makeClaim({ id: 11, start: 10, end: 20 })];

describe("claim store: what is shown and what is saved", () => {
  it("shows the saved claims, with nothing unsaved, and keeps their identity", () => {
    const state = initialClaimStore(saved);
    expect(visibleClaims(state).claims).toBe(state.saved);
    expect(visibleClaims(state).unsaved.size).toBe(0);
  });

  it("pending → acknowledged: a new claim is shown at once, unsaved, then saved under the server's id", () => {
    let state = run(initialClaimStore(saved), { type: "change", change: { kind: "create", draft: draftAt(30, 40) } });
    const [change] = state.pending;
    const tempId = change.kind === "create" ? change.draft.id : 0;
    expect(tempId).toBeLessThan(0);
    expect(shown(state)).toEqual([[10, "sourced", ""], [11, "unsourced", ""], [tempId, "disputed", ""]]);
    expect([...visibleClaims(state).unsaved]).toEqual([tempId]);

    // A status changed while the creation is on its way waits behind it, on the temporary id.
    state = run(state, { type: "change", change: { kind: "update", claimId: tempId, changes: { status: "unsourced" } } });
    expect(shown(state).at(-1)).toEqual([tempId, "unsourced", ""]);

    const fromServer = makeClaim({ id: 12, start: 30, end: 40, status: "disputed" });
    state = run(state, { type: "acknowledged", seq: change.seq, claim: fromServer });
    expect(state.aliases[tempId]).toBe(12);
    expect(state.pending).toHaveLength(1);
    expect(state.pending[0]).toMatchObject({ kind: "update", claimId: 12 });
    expect(shown(state).at(-1)).toEqual([12, "unsourced", ""]);
    expect([...visibleClaims(state).unsaved]).toEqual([12]);

    state = run(state, { type: "acknowledged", seq: state.pending[0].seq, claim: { ...fromServer, status: "unsourced", version: 2 } });
    expect(state.pending).toEqual([]);
    expect(visibleClaims(state).unsaved.size).toBe(0);
    expect(state.saved.map((c) => c.id)).toEqual([10, 11, 12]);
  });

  it("pending → retry → acknowledged: a change the server did not get stays shown and unsaved until it does", () => {
    let state = run(initialClaimStore(saved), { type: "change", change: { kind: "update", claimId: 10, changes: { status: "disputed" } } });
    const seq = state.pending[0].seq;
    state = run(state, { type: "will_retry", seq, failure: offline }, { type: "will_retry", seq, failure: offline });
    expect(state.pending[0]).toMatchObject({ attempts: 2, lastFailure: offline });
    expect(shown(state)[0]).toEqual([10, "disputed", ""]);
    expect([...visibleClaims(state).unsaved]).toEqual([10]);
    expect(state.saved[0].status).toBe("sourced");

    state = run(state, { type: "acknowledged", seq, claim: { ...saved[0], status: "disputed", version: 2 } });
    expect(state.pending).toEqual([]);
    expect(state.saved[0]).toMatchObject({ status: "disputed", version: 2 });
    expect(visibleClaims(state).unsaved.size).toBe(0);
  });

  it("pending → final failure → undone: the refused change leaves the screen, with what and why", () => {
    let state = run(initialClaimStore(saved), { type: "change", change: { kind: "update", claimId: 11, changes: { note: "anonymous only" } } });
    state = run(state, { type: "change", change: { kind: "update", claimId: 10, changes: { status: "unsourced" } } });
    expect(shown(state)).toEqual([[10, "unsourced", ""], [11, "unsourced", "anonymous only"]]);

    state = run(state, { type: "refused", seq: state.pending[0].seq, failure: stale });
    expect(shown(state)).toEqual([[10, "unsourced", ""], [11, "unsourced", ""]]);
    expect(state.refused).toEqual([{ change: { kind: "update", seq: 1, claimId: 11, changes: { note: "anonymous only" } }, failure: stale, quote: "quote 10-20" }]);
    // The other claim's change is still on its way.
    expect(state.pending.map((c) => c.seq)).toEqual([2]);
    expect(run(state, { type: "refusals_dismissed" }).refused).toEqual([]);
  });

  it("a refusal is forgotten once the same change is saved after all", () => {
    let state = run(initialClaimStore(saved), { type: "change", change: { kind: "update", claimId: 11, changes: { note: "first try" } } });
    state = run(state, { type: "refused", seq: state.pending[0].seq, failure: stale });
    state = run(state, { type: "change", change: { kind: "update", claimId: 10, changes: { note: "other claim" } } });
    state = run(state, { type: "acknowledged", seq: state.pending[0].seq, claim: { ...saved[0], note: "other claim", version: 2 } });
    expect(state.refused).toHaveLength(1);
    state = run(state, { type: "change", change: { kind: "update", claimId: 11, changes: { status: "disputed" } } });
    state = run(state, { type: "acknowledged", seq: state.pending[0].seq, claim: { ...saved[1], status: "disputed", version: 2 } });
    expect(state.refused).toHaveLength(1);
    state = run(state, { type: "change", change: { kind: "update", claimId: 11, changes: { note: "second try" } } });
    state = run(state, { type: "acknowledged", seq: state.pending[0].seq, claim: { ...saved[1], note: "second try", version: 3 } });
    expect(state.refused).toEqual([]);
  });

  it("a refused creation takes the changes made on the new claim with it", () => {
    let state = run(initialClaimStore(saved), { type: "change", change: { kind: "create", draft: draftAt(30, 40) } });
    const tempId = visibleClaims(state).claims.at(-1)!.id;
    state = run(
      state,
      { type: "change", change: { kind: "update", claimId: tempId, changes: { status: "sourced" } } },
      { type: "change", change: { kind: "update", claimId: 11, changes: { status: "disputed" } } },
      { type: "change", change: { kind: "remove", claimId: tempId } },
    );
    state = run(state, { type: "refused", seq: state.pending[0].seq, failure: { status: 403, code: "forbidden", message: "Only reviewers tag claims." } });
    expect(state.pending.map((c) => c.kind)).toEqual(["update"]);
    expect(shown(state)).toEqual([[10, "sourced", ""], [11, "disputed", ""]]);
    expect(state.refused[0].quote).toBe("quote 30-40");
  });

  it("a removal hides the claim until the server confirms, then drops it from the saved layer", () => {
    let state = run(initialClaimStore(saved), { type: "change", change: { kind: "remove", claimId: 10 } });
    expect(shown(state).map(([id]) => id)).toEqual([11]);
    expect(state.saved).toHaveLength(2);
    state = run(state, { type: "acknowledged", seq: state.pending[0].seq, claim: null });
    expect(state.saved.map((c) => c.id)).toEqual([11]);
  });

  it("a re-attached claim shows on its new span, no longer orphaned", () => {
    const orphan = makeClaim({ id: 20, start: 50, end: 60, orphaned: true });
    const quote = { exact: "new words", prefix: "", suffix: "" };
    const state = run(initialClaimStore([...saved, orphan]), { type: "change", change: { kind: "reattach", claimId: 20, span: { start: 2, end: 4 }, quote } });
    expect(visibleClaims(state).claims.find((c) => c.id === 20)).toMatchObject({ start: 2, end: 4, quote, orphaned: false });
  });

  it("takes the server's truth for one claim or all of them under the pending changes", () => {
    let state = run(initialClaimStore(saved), { type: "change", change: { kind: "update", claimId: 10, changes: { note: "mine" } } });
    state = run(state, { type: "claim_loaded", id: 10, claim: { ...saved[0], status: "disputed", version: 3 } }, { type: "claim_loaded", id: 11, claim: null });
    expect(shown(state)).toEqual([[10, "disputed", "mine"]]);
    state = run(state, { type: "all_loaded", claims: saved });
    expect(shown(state)).toEqual([[10, "sourced", "mine"], [11, "unsourced", ""]]);
  });

  it("ignores an answer for a change it no longer holds", () => {
    const state = initialClaimStore(saved);
    expect(run(state, { type: "acknowledged", seq: 99, claim: null })).toBe(state);
    expect(run(state, { type: "refused", seq: 99, failure: stale })).toBe(state);
  });
});

describe("classifyWriteFailure", () => {
  it("retries what did not reach the server or was told to wait, refuses what the server declined", () => {
    expect([0, 408, 429, 502, 503, 504].map(classifyWriteFailure)).toEqual(Array(6).fill("retry"));
    expect([500, 507].map(classifyWriteFailure)).toEqual(["retry_a_few_times", "retry_a_few_times"]);
    expect([400, 401, 403, 404, 409, 413, 415].map(classifyWriteFailure)).toEqual(Array(7).fill("refused"));
    expect(MAX_SERVER_FAILURE_ATTEMPTS).toBeGreaterThan(1);
  });
});

describe("retryDelay", () => {
  it("doubles from one second up to the cap, and honours a longer Retry-After", () => {
    expect([1, 2, 3, 4, 5, 6, 10].map((n) => retryDelay(n, { jitter: 0.5 }))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(retryDelay(1, { retryAfterMs: 5000, jitter: 0.5 })).toBe(5000);
    expect(retryDelay(1, { retryAfterMs: 3_600_000 })).toBe(MAX_RETRY_DELAY_MS);
    expect(retryDelay(1, { jitter: 0 })).toBe(800);
    expect(retryDelay(1, { jitter: 1 })).toBe(1200);
  });
});

describe("changeAlreadyApplied / findCreatedClaim", () => {
  it("recognises a change the server holds already (its answer was lost)", () => {
    expect(changeAlreadyApplied({ kind: "update", seq: 1, claimId: 10, changes: { status: "sourced" } }, saved[0])).toBe(true);
    expect(changeAlreadyApplied({ kind: "update", seq: 1, claimId: 10, changes: { status: "disputed" } }, saved[0])).toBe(false);
    expect(changeAlreadyApplied({ kind: "update", seq: 1, claimId: 10, changes: { status: "sourced" } }, null)).toBe(false);
    expect(changeAlreadyApplied({ kind: "remove", seq: 1, claimId: 10 }, null)).toBe(true);
    expect(changeAlreadyApplied({ kind: "remove", seq: 1, claimId: 10 }, saved[0])).toBe(false);
    expect(changeAlreadyApplied({ kind: "reattach", seq: 1, claimId: 10, span: { start: 0, end: 5 }, quote: saved[0].quote }, saved[0])).toBe(true);
  });

  it("finds the claim a create made when its answer never came, and only that one", () => {
    const draft = makeClaim({ id: -1, start: 10, end: 20 });
    const echo = makeClaim({ id: 12, start: 10, end: 20 });
    const someoneElse = makeClaim({ id: 13, start: 10, end: 20, author: { id: "u-jules", name: "Jules" } });
    expect(findCreatedClaim(draft, [...saved, echo, someoneElse], new Set([10, 11]))).toBe(echo);
    expect(findCreatedClaim(draft, [...saved, someoneElse], new Set([10, 11]))).toBeNull();
    expect(findCreatedClaim(draft, saved, new Set([10]))).toBe(saved[1]);
  });
});
