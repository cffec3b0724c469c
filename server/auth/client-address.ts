import "server-only";
import net from "node:net";

/**
 * Where the server's start script (scripts/peer-address.js) leaves the name of the request header
 * that carries the socket's remote address. Next.js route handlers cannot see the socket; the name
 * is random per process, so a client cannot send that header itself.
 */
export const PEER_ADDRESS_HEADER_KEY = Symbol.for("claimcheck.peerAddressHeader");

/** The proxies whose X-Forwarded-For is believed (CLAIMCHECK_TRUSTED_PROXIES). */
export type TrustedProxies = { configured: boolean; has: (address: string) => boolean };

function normaliseAddress(address: string): string {
  const trimmed = address.trim();
  // An IPv4 client of a dual-stack socket shows as ::ffff:a.b.c.d.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1] : trimmed;
}

/** Reads "10.0.0.1, 10.1.0.0/16, ::1": addresses and CIDR ranges, IPv4 or IPv6. */
export function parseTrustedProxies(value: string): TrustedProxies {
  const list = new net.BlockList();
  const entries = value.split(",").map((entry) => entry.trim()).filter(Boolean);
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split("/");
    const family = net.isIP(address);
    const bits = prefix === undefined ? null : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (!family || rest.length > 0 || (bits !== null && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits))) {
      throw new Error(`CLAIMCHECK_TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.1, 10.0.0.0/8, ::1).`);
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === null) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return {
    configured: entries.length > 0,
    has: (address) => {
      const family = net.isIP(address);
      return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
    },
  };
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy, in which case
 * the right-most X-Forwarded-For entry that is not a trusted proxy (entries to its left were
 * written by the client and may be anything). With trusted proxies configured but no view of the
 * socket (`next dev`), the operator's word that all traffic comes through them is taken. Null when
 * nothing trustworthy is known.
 */
export function clientAddressFrom({ peer, forwardedFor }: { peer: string | null; forwardedFor: string | null }, trusted: TrustedProxies): string | null {
  const socket = peer ? normaliseAddress(peer) : null;
  if (!trusted.configured || (socket !== null && !trusted.has(socket))) return socket;
  const hops = (forwardedFor ?? "").split(",").map(normaliseAddress).filter(Boolean);
  if (hops.length === 0) return socket;
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!trusted.has(hops[i])) return hops[i].slice(0, 64);
  }
  return hops[0].slice(0, 64);
}

/** The client's address for a request's headers (see clientAddressFrom). */
export function clientAddress(headers: Headers | undefined, trusted: TrustedProxies): string | null {
  const peerHeader = (globalThis as Record<symbol, unknown>)[PEER_ADDRESS_HEADER_KEY];
  const peer = typeof peerHeader === "string" && headers ? headers.get(peerHeader) : null;
  return clientAddressFrom({ peer: peer || null, forwardedFor: headers?.get("x-forwarded-for") ?? null }, trusted);
}
