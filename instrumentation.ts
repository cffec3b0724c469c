/**
 * Runs once when the server starts: open the database (creating it and applying migrations) and
 * load the demo article into an empty one, so the first page view finds everything ready and a
 * broken database fails at start rather than on a person's first click.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { appContext } = await import("./server/context");
  appContext();
}
