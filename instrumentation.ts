/**
 * Runs once when the server starts: open the database (creating it and applying migrations),
 * load the demo article into an empty one and create the admin named in the environment, so a
 * broken database fails at start rather than on a person's first click.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { prepareApp } = await import("./server/startup");
  await prepareApp();
}
