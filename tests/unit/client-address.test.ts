import { describe, expect, it } from "vitest";
import { clientAddressFrom, FORWARDED_CHAIN_HEADER, parseTrustedProxies, resolveClientAddress } from "@/lib/http/client-address";
import { headersThroughProxy } from "../helpers/through-proxy";

const none = parseTrustedProxies(undefined);
const oneHop = parseTrustedProxies("1");
const nginxRange = parseTrustedProxies("10.0.0.0/8, 192.168.1.5");
const SPOOFED = { "x-forwarded-for": "6.6.6.6, 10.9.8.7", "x-real-ip": "7.7.7.7" };

describe("the client address: one rule for logs and limits", () => {
  it("without TRUSTED_PROXIES the socket is the client; X-Forwarded-For and X-Real-IP are ignored", () => {
    expect(clientAddressFrom(headersThroughProxy(SPOOFED, "203.0.113.50"), none)).toBe("203.0.113.50");
    expect(clientAddressFrom(headersThroughProxy({}, "203.0.113.50"), none)).toBe("203.0.113.50");
    expect(clientAddressFrom(headersThroughProxy({}, "::ffff:127.0.0.1"), none)).toBe("127.0.0.1");
  });

  it("a client cannot send the proxy's stamp itself: the proxy overwrites it", () => {
    const h = headersThroughProxy({ [FORWARDED_CHAIN_HEADER]: "1.2.3.4", "x-forwarded-for": "6.6.6.6" }, "10.0.0.2");
    expect(h.get(FORWARDED_CHAIN_HEADER)).toBe("6.6.6.6");
    expect(clientAddressFrom(h, oneHop)).toBe("6.6.6.6");
    expect(clientAddressFrom(h, none)).toBe("10.0.0.2");
  });

  it("behind one proxy (TRUSTED_PROXIES=1): the entry the proxy appended, never the client's own entries", () => {
    // nginx appends the address it saw: the client sent "6.6.6.6, 10.9.8.7" from 198.51.100.7.
    const h = headersThroughProxy({ "x-forwarded-for": "6.6.6.6, 10.9.8.7, 198.51.100.7" }, "10.0.0.2");
    expect(clientAddressFrom(h, oneHop)).toBe("198.51.100.7");
    expect(clientAddressFrom(h, nginxRange)).toBe("198.51.100.7");
  });

  it("CIDR list: walks left over trusted proxies only; an untrusted socket is the client whatever it sends", () => {
    expect(resolveClientAddress("10.0.0.2", ["6.6.6.6", "198.51.100.7", "192.168.1.5"], nginxRange)).toBe("198.51.100.7");
    expect(resolveClientAddress("203.0.113.9", ["6.6.6.6"], nginxRange)).toBe("203.0.113.9");
    // A request from the proxy host itself: every hop trusted, the furthest is the client.
    expect(resolveClientAddress("10.0.0.2", [], nginxRange)).toBe("10.0.0.2");
  });

  it("a hop that is not an address is unknown, never echoed into the logs", () => {
    expect(resolveClientAddress("10.0.0.2", ["<script>"], oneHop)).toBe("unknown");
    expect(resolveClientAddress(null, [], none)).toBe("unknown");
  });

  it("a proxy that sends the chain as X-Portal-Forwarded-For (nginx.conf) is read like one that sends X-Forwarded-For", () => {
    for (const systemApi of [true, false]) {
      const h = headersThroughProxy({ [FORWARDED_CHAIN_HEADER]: "6.6.6.6, 198.51.100.7" }, "10.0.0.2", { systemApi });
      expect(clientAddressFrom(h, oneHop)).toBe("198.51.100.7");
      expect(clientAddressFrom(h, nginxRange)).toBe("198.51.100.7");
      expect(clientAddressFrom(h, none)).toBe("10.0.0.2");
    }
  });

  it("a client that sends X-Portal-Forwarded-For itself is believed no further than X-Forwarded-For would be", () => {
    for (const systemApi of [true, false]) {
      // Straight to the portal: not from a trusted proxy, so the socket is the client (CIDR list, or none).
      const direct = headersThroughProxy({ [FORWARDED_CHAIN_HEADER]: "6.6.6.6" }, "203.0.113.9", { systemApi });
      expect(clientAddressFrom(direct, nginxRange)).toBe("203.0.113.9");
      expect(clientAddressFrom(direct, none)).toBe("203.0.113.9");
      // Both headers: the X-Forwarded-For is the chain, whatever the other one says.
      const both = headersThroughProxy({ [FORWARDED_CHAIN_HEADER]: "6.6.6.6", "x-forwarded-for": "198.51.100.7" }, "10.0.0.2", { systemApi });
      expect(clientAddressFrom(both, oneHop)).toBe("198.51.100.7");
    }
  });

  it("a system-API call without forwarded headers skips the proxy and is the socket's", () => {
    const h = headersThroughProxy({}, "203.0.113.50", { systemApi: true });
    expect(h.has(FORWARDED_CHAIN_HEADER)).toBe(false);
    expect(clientAddressFrom(h, none)).toBe("203.0.113.50");
    expect(clientAddressFrom(h, oneHop)).toBe("203.0.113.50");
  });

  it("no socket address (an empty X-Forwarded-For, which no proxy run replaces) is unknown", () => {
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "" }), none)).toBe("unknown");
    expect(clientAddressFrom(new Headers({}), oneHop)).toBe("unknown");
  });

  it("parses TRUSTED_PROXIES strictly", () => {
    expect(parseTrustedProxies("").kind).toBe("none");
    expect(parseTrustedProxies("2")).toEqual({ kind: "hops", count: 2 });
    expect(parseTrustedProxies("fd00::/8").kind).toBe("cidrs");
    expect(() => parseTrustedProxies("nginx")).toThrow();
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow();
  });
});
