"use client";

import { useCallback, useRef } from "react";
import { ApiError } from "@/components/workspace/claims-api";
import { RELOAD_FAILED } from "./review-api";

/** Runs one write to the API, then reloads the list it changed. */
export type ReviewWrite = (write: () => Promise<unknown>) => Promise<void>;

/**
 * Runs a write, then reloads the whole list and reports it upward: simpler than patching the
 * list by hand and always right. Only the latest reload is reported, so two quick writes cannot
 * leave the older list on screen. A refused write whose target changed or vanished (404, 409)
 * reloads too, so the next attempt starts from what the server holds; the refusal is rethrown
 * for the form that made it to show.
 */
export function useReviewRefresh<T>(load: () => Promise<T>, onChange: (value: T) => void): ReviewWrite {
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const ticket = ++latest.current;
    const value = await load();
    if (ticket === latest.current) onChange(value);
  }, [load, onChange]);

  return useCallback(
    async (write: () => Promise<unknown>) => {
      try {
        await write();
      } catch (error) {
        if (error instanceof ApiError && (error.status === 404 || error.status === 409)) refresh().catch(() => undefined);
        throw error;
      }
      try {
        await refresh();
      } catch {
        throw new ApiError(0, RELOAD_FAILED, "The change was saved, but the list could not be reloaded; reload the page to see it.");
      }
    },
    [refresh],
  );
}
