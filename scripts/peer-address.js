// Preloaded into the app's server process (node --require, see start.js). Next.js route handlers
// cannot see the socket a request came on, so each request gets a header with the socket's
// remote address, under a name drawn at random for this process (a client cannot send it
// itself); server/auth/client-address.ts reads the name from the same global.
const crypto = require("node:crypto");
const http = require("node:http");

const header = `x-claimcheck-peer-${crypto.randomBytes(12).toString("hex")}`;
globalThis[Symbol.for("claimcheck.peerAddressHeader")] = header;

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitWithPeerAddress(event, request, ...rest) {
  if (event === "request" && request && request.headers) request.headers[header] = request.socket?.remoteAddress ?? "";
  return emit.call(this, event, request, ...rest);
};
