import type { networkInterfaces } from "node:os";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { devAllowedOrigins, networkAddresses, parseDevAllowedOrigins } from "@/lib/dev/allowed-origins";
import { parseEnv } from "@/lib/server/env";

const interfaces = {
  lo: [{ address: "127.0.0.1", family: "IPv4", internal: true, netmask: "255.0.0.0", mac: "00:00:00:00:00:00", cidr: "127.0.0.1/8" }],
  eth0: [
    { address: "192.168.1.15", family: "IPv4", internal: false, netmask: "255.255.255.0", mac: "aa:bb:cc:dd:ee:ff", cidr: "192.168.1.15/24" },
    { address: "fe80::1", family: "IPv6", internal: false, netmask: "ffff:ffff:ffff:ffff::", mac: "aa:bb:cc:dd:ee:ff", cidr: "fe80::1/64", scopeid: 2 },
  ],
} as ReturnType<typeof networkInterfaces>;

describe("allowedDevOrigins", () => {
  it("allows localhost, 127.0.0.1 and the machine's network IPv4 addresses, as next dev prints them", () => {
    expect(networkAddresses(interfaces)).toEqual(["192.168.1.15"]);
    expect(devAllowedOrigins(undefined, interfaces)).toEqual(["localhost", "127.0.0.1", "192.168.1.15"]);
  });

  it("adds DEV_ALLOWED_ORIGINS as host names, cutting a scheme and a port", () => {
    expect(devAllowedOrigins("may-2.local, *.xa-iao.local http://192.168.1.20:3000/", interfaces)).toEqual([
      "localhost",
      "127.0.0.1",
      "192.168.1.15",
      "may-2.local",
      "*.xa-iao.local",
      "192.168.1.20",
    ]);
    expect(parseDevAllowedOrigins("PC-KeToan.LOCAL:3000")).toEqual(["pc-ketoan.local"]);
  });

  it("refuses what is not a host name, and so does the environment check", () => {
    expect(() => parseDevAllowedOrigins("team-*.local")).toThrow(/team-\*\.local/);
    expect(() => parseEnv({ DEV_ALLOWED_ORIGINS: "a b/c" })).toThrow(/DEV_ALLOWED_ORIGINS/);
    expect(() => parseEnv({ DEV_ALLOWED_ORIGINS: "may-2.local" })).not.toThrow();
  });

  it("is what next.config.ts gives Next.js", () => {
    expect(nextConfig.allowedDevOrigins).toEqual(expect.arrayContaining(["localhost", "127.0.0.1", ...networkAddresses()]));
  });
});
