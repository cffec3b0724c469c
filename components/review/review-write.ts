/** Runs one write to the API, then reloads the list it changed (see useReviewRefresh). */
export type ReviewWrite = (write: () => Promise<unknown>) => Promise<void>;
