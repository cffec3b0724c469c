/**
 * What `npm start` prints once the app is ready: where to go, and on first run what to do there.
 * A server listening on every interface says so, since anyone on the network can then reach it.
 */
export function welcomeLine({ host, port, people }: { host: string | undefined; port: string | undefined; people: number }): string {
  const everywhere = host === "0.0.0.0" || host === "::";
  const local = !host || everywhere || ["127.0.0.1", "::1", "localhost"].includes(host);
  const url = `http://${local ? "localhost" : host}:${port || "3000"}`;
  const open = everywhere ? " (listening on every network interface: HOST is set to open it to the network)" : "";
  if (people === 0) return `Claimcheck is ready. Open ${url} to create the first admin.${open}`;
  return `Claimcheck is ready on ${url}.${open}`;
}
