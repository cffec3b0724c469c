import net from "node:net";

/**
 * A TCP port on 127.0.0.1 that nothing listens on right now. Another process may take it before
 * the caller binds it, so callers retry on "address in use".
 */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("No port was assigned"))));
    });
  });
}
