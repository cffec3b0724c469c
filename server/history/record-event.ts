import "server-only";
import { insertEvent, insertEvents } from "@/db/queries/events";
import type { Executor } from "@/db/executor";
import type { ClaimcheckEvent } from "@/lib/history/event-types";

/** Where and when an event happened, and who did it; `annotationId` for events about a claim. */
type EventPlace = { articleId: number | null; annotationId?: number | null; actorId: string | null; createdAt: string };

/** One typed event, as the services write it. */
export type EventRecord = ClaimcheckEvent & EventPlace;

/**
 * Appends an event whose payloads match its type (see `lib/history/event-types.ts`), in the
 * caller's transaction. The log is append-only (the database refuses UPDATE and DELETE on it), so
 * what is written here is what history will show for ever.
 */
export async function recordEvent(tx: Executor, event: EventRecord): Promise<void> {
  await insertEvent(tx, event);
}

/** Appends many typed events at once (re-anchoring records one per claim that moved). */
export async function recordEvents(tx: Executor, events: readonly EventRecord[]): Promise<void> {
  await insertEvents(tx, events);
}
