import type { Claim } from "../api/dto";
import type { ClaimStatus } from "./statuses";

type Span = { start: number; end: number };

/** A change a person made to the claims on screen, not yet acknowledged by the server. */
export type ClaimChange =
  /** A new claim, shown at once under a temporary (negative) id. */
  | { kind: "create"; seq: number; draft: Claim }
  | { kind: "update"; seq: number; claimId: number; changes: { status?: ClaimStatus; note?: string } }
  | { kind: "reattach"; seq: number; claimId: number; span: Span; quote: Claim["quote"] }
  | { kind: "remove"; seq: number; claimId: number };

/** Why the server did not take a change (yet): codes and data, the UI words them. */
export type WriteFailure = { status: number; code: string; message: string };

/** A change waiting in line, with what happened to its attempts so far. */
export type PendingChange = ClaimChange & { attempts: number; lastFailure: WriteFailure | null };

/** A change the server refused for good: it was undone on screen. `quote` names its claim. */
export type RefusedChange = { change: ClaimChange; failure: WriteFailure; quote: string | null };

/**
 * The workspace's claims as two layers: `saved`, what the server acknowledged (in text order), and
 * `pending`, the person's changes on top of it, in the order they were made and will be sent. What
 * the screen shows is `visibleClaims(state)`. Keeping the layers apart is what lets the page say
 * honestly what is saved, undo exactly one refused change, and later take the server's own events
 * into `saved` while the person's changes stay on top.
 */
export type ClaimStoreState = {
  saved: Claim[];
  pending: PendingChange[];
  /** Temporary ids of created claims → the ids the server gave them. */
  aliases: Record<number, number>;
  /** Changes refused since the person last dismissed the message about them. */
  refused: RefusedChange[];
  nextSeq: number;
  nextTempId: number;
};

type ChangeInput =
  | Omit<Extract<ClaimChange, { kind: "create" }>, "seq" | "draft"> & { draft: Omit<Claim, "id"> }
  | Omit<Extract<ClaimChange, { kind: "update" }>, "seq">
  | Omit<Extract<ClaimChange, { kind: "reattach" }>, "seq">
  | Omit<Extract<ClaimChange, { kind: "remove" }>, "seq">;

export type ClaimStoreAction =
  /** The person changed something: it joins the end of the line. */
  | { type: "change"; change: ChangeInput }
  /** The server acknowledged the first change in line; `claim` is its answer (null: removed). */
  | { type: "acknowledged"; seq: number; claim: Claim | null }
  /** The first change in line did not get through but will be sent again. */
  | { type: "will_retry"; seq: number; failure: WriteFailure }
  /** The server refused a change for good: it and the later changes built on it are dropped. */
  | { type: "refused"; seq: number; failure: WriteFailure }
  /** The server's truth for one claim (null: it no longer exists). */
  | { type: "claim_loaded"; id: number; claim: Claim | null }
  /** The server's truth for every claim of the article. */
  | { type: "all_loaded"; claims: Claim[] }
  | { type: "refusals_dismissed" };

/** Claims in the order of the text, longer first where they start together. */
export function byTextOrder(a: Claim, b: Claim): number {
  return a.start - b.start || b.end - a.end || a.id - b.id;
}

/** The store before any change: the claims the page was served with. */
export function initialClaimStore(claims: Claim[]): ClaimStoreState {
  return { saved: [...claims].sort(byTextOrder), pending: [], aliases: {}, refused: [], nextSeq: 1, nextTempId: -1 };
}

/** The id a claim has now: a temporary id once its claim was saved becomes the server's id. */
export function resolveClaimId(state: Pick<ClaimStoreState, "aliases">, id: number): number {
  return state.aliases[id] ?? id;
}

/** The claim a change is about (a create's temporary id). */
export function changeTarget(change: ClaimChange): number {
  return change.kind === "create" ? change.draft.id : change.claimId;
}

function withSaved(saved: Claim[], id: number, claim: Claim | null): Claim[] {
  const rest = saved.filter((c) => c.id !== id && c.id !== claim?.id);
  return claim ? [...rest, claim].sort(byTextOrder) : rest;
}

function addChange(state: ClaimStoreState, input: ChangeInput): ClaimStoreState {
  const seq = state.nextSeq;
  if (input.kind === "create") {
    const draft: Claim = { ...input.draft, id: state.nextTempId };
    return { ...state, pending: [...state.pending, { kind: "create", seq, draft, attempts: 0, lastFailure: null }], nextSeq: seq + 1, nextTempId: state.nextTempId - 1 };
  }
  const change = { ...input, seq, claimId: resolveClaimId(state, input.claimId), attempts: 0, lastFailure: null } as PendingChange;
  return { ...state, pending: [...state.pending, change], nextSeq: seq + 1 };
}

/**
 * True when a saved change makes an earlier refusal moot: the same claim, and the same kind of
 * change covering at least the fields refused (a note refused, then saved, is no longer "not saved").
 */
function supersedes(saved: ClaimChange, refused: ClaimChange): boolean {
  if (saved.kind !== refused.kind || changeTarget(saved) !== changeTarget(refused)) return false;
  if (saved.kind !== "update" || refused.kind !== "update") return true;
  return Object.keys(refused.changes).every((field) => field in saved.changes);
}

function acknowledge(state: ClaimStoreState, seq: number, claim: Claim | null): ClaimStoreState {
  const change = state.pending.find((c) => c.seq === seq);
  if (!change) return state;
  let pending = state.pending.filter((c) => c.seq !== seq);
  let aliases = state.aliases;
  if (change.kind === "create" && claim) {
    // The changes queued on the new claim now name it by the id the server gave it.
    const tempId = change.draft.id;
    aliases = { ...aliases, [tempId]: claim.id };
    pending = pending.map((c) => (c.kind !== "create" && c.claimId === tempId ? { ...c, claimId: claim.id } : c));
  }
  const id = claim?.id ?? changeTarget(change);
  const refused = state.refused.filter((r) => !supersedes(change, r.change));
  return { ...state, pending, aliases, saved: withSaved(state.saved, id, claim), refused: refused.length === state.refused.length ? state.refused : refused };
}

function retryLater(state: ClaimStoreState, seq: number, failure: WriteFailure): ClaimStoreState {
  return { ...state, pending: state.pending.map((c) => (c.seq === seq ? { ...c, attempts: c.attempts + 1, lastFailure: failure } : c)) };
}

/**
 * Drops a refused change and every later change on the same claim: they were made on top of it
 * (a status set on a claim whose creation was refused has nothing to apply to).
 */
function refuse(state: ClaimStoreState, seq: number, failure: WriteFailure): ClaimStoreState {
  const change = state.pending.find((c) => c.seq === seq);
  if (!change) return state;
  const target = changeTarget(change);
  const pending = state.pending.filter((c) => c.seq !== seq && !(c.seq > seq && changeTarget(c) === target));
  const { attempts: _attempts, lastFailure: _lastFailure, ...refusedChange } = change;
  const quote = change.kind === "create" ? change.draft.quote.exact : (state.saved.find((c) => c.id === target)?.quote.exact ?? null);
  return { ...state, pending, refused: [...state.refused, { change: refusedChange, failure, quote }] };
}

/** Pure state transitions of the workspace's claims (see {@link ClaimStoreState}). */
export function claimStoreReducer(state: ClaimStoreState, action: ClaimStoreAction): ClaimStoreState {
  switch (action.type) {
    case "change":
      return addChange(state, action.change);
    case "acknowledged":
      return acknowledge(state, action.seq, action.claim);
    case "will_retry":
      return retryLater(state, action.seq, action.failure);
    case "refused":
      return refuse(state, action.seq, action.failure);
    case "claim_loaded":
      return { ...state, saved: withSaved(state.saved, action.id, action.claim) };
    case "all_loaded":
      return { ...state, saved: [...action.claims].sort(byTextOrder) };
    case "refusals_dismissed":
      return state.refused.length === 0 ? state : { ...state, refused: [] };
  }
}
