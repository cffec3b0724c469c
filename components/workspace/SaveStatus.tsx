import type { SaveState } from "./use-claim-store";

function changes(count: number): string {
  return count === 1 ? "1 change" : `${count} changes`;
}

/**
 * The status line of the person's changes, read out by screen readers as it changes. It says
 * "All changes saved" only when the server acknowledged every change and none was refused since
 * the person last dismissed the message about it.
 */
export function SaveStatus({ state, refusedCount }: { state: SaveState; refusedCount: number }) {
  const text =
    state.kind === "retrying"
      ? `${changes(state.count)} not saved yet — ${state.offline ? "offline, retrying" : "retrying"}`
      : state.kind === "saving"
        ? `Saving ${changes(state.count)}…`
        : refusedCount > 0
          ? `${changes(refusedCount)} not saved (see the message)`
          : "All changes saved";
  return (
    <span className={`save-state save-state--${state.kind === "saved" && refusedCount > 0 ? "refused" : state.kind}`} aria-live="polite">
      {text}
    </span>
  );
}
