import { z } from "zod";

/** POST /articles/:id/revisions/:n/restore — the revision the person was looking at, to refuse a stale restore. */
export const ZRestoreRevision = z
  .object({ baseRevision: z.number({ error: "baseRevision is required" }).int({ error: "baseRevision must be a revision number" }).min(1, { error: "baseRevision must be a revision number" }) })
  .strict();
export type TRestoreRevision = z.infer<typeof ZRestoreRevision>;
