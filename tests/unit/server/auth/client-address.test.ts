import { describe, expect, it } from "vitest";
import { clientAddressFrom, parseTrustedProxies } from "@/server/auth/client-address";

const none = parseTrustedProxies("");

describe("clientAddressFrom", () => {
  it("is the socket's address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddressFrom({ peer: "203.0.113.5", forwardedFor: "192.0.2.1" }, none)).toBe("203.0.113.5");
    expect(clientAddressFrom({ peer: "::ffff:203.0.113.5", forwardedFor: null }, none)).toBe("203.0.113.5");
  });

  it("is unknown when the socket cannot be seen and no proxy is trusted", () => {
    expect(clientAddressFrom({ peer: null, forwardedFor: "192.0.2.1" }, none)).toBeNull();
  });

  it("behind trusted proxies, is the right-most address that is not one of them", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 192.168.1.1, ::1");
    expect(clientAddressFrom({ peer: "10.1.2.3", forwardedFor: "6.6.6.6, 198.51.100.7, 10.9.9.9" }, trusted)).toBe("198.51.100.7");
    expect(clientAddressFrom({ peer: "::1", forwardedFor: "198.51.100.8" }, trusted)).toBe("198.51.100.8");
    // Every hop is trusted: the left-most is the client.
    expect(clientAddressFrom({ peer: "10.1.2.3", forwardedFor: "10.0.0.5, 10.0.0.6" }, trusted)).toBe("10.0.0.5");
    // No header: the proxy itself.
    expect(clientAddressFrom({ peer: "10.1.2.3", forwardedFor: null }, trusted)).toBe("10.1.2.3");
  });

  it("does not follow X-Forwarded-For from a peer that is not a trusted proxy", () => {
    const trusted = parseTrustedProxies("10.0.0.1");
    expect(clientAddressFrom({ peer: "203.0.113.9", forwardedFor: "198.51.100.1" }, trusted)).toBe("203.0.113.9");
  });

  it("refuses a configuration it cannot read, rather than trusting everyone", () => {
    expect(() => parseTrustedProxies("10.0.0.0/99")).toThrow(/CLAIMCHECK_TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("proxy.example")).toThrow(/CLAIMCHECK_TRUSTED_PROXIES/);
  });
});
