import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEPLOY_NGINX_CONF, localNginxConf } from "@/lib/dev/nginx";

// `npm run cluster` proxies with the deploy file's own directives (lib/dev/nginx.ts): checked here on
// the real scripts/deploy/nginx.conf, so a change there that the generator cannot follow fails.
const deployConf = readFileSync(join(process.cwd(), DEPLOY_NGINX_CONF), "utf8");
const locationOf = (conf: string) => /location \/ \{([^}]*)\}/.exec(conf)?.[1] ?? "";
const directives = (block: string) =>
  block
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));

describe("the local cluster's nginx.conf", () => {
  const conf = localNginxConf({ deployConf, dir: "/tmp/x", port: 3310, instancePorts: [3311, 3312], asRoot: false });

  it("round-robins over the local instances with the deploy file's server parameters, no stickiness", () => {
    const upstream = /upstream portal \{([^}]*)\}/.exec(conf)?.[1] ?? "";
    const servers = directives(upstream).filter((l) => l.startsWith("server "));
    const deployParams = /server portal-1:3000([^;]*);/.exec(deployConf)?.[1];
    expect(servers).toEqual([`server 127.0.0.1:3311${deployParams};`, `server 127.0.0.1:3312${deployParams};`]);
    expect(upstream).not.toMatch(/ip_hash|hash |sticky/);
    expect(upstream).toContain("keepalive 32;");
    expect(upstream).toContain("keepalive_timeout 4s;");
  });

  it("keeps every proxy directive of the deploy file, adding only the X-Upstream header", () => {
    const local = directives(locationOf(conf));
    expect(local.filter((l) => !l.startsWith("add_header X-Upstream"))).toEqual(directives(locationOf(deployConf)));
    expect(conf).toContain("client_max_body_size 10m;");
    expect(conf).toContain("listen 127.0.0.1:3310;");
    expect(conf).not.toMatch(/listen 80;/);
  });

  it("writes its pid, logs and temporary files in its own folder, as root only when asked", () => {
    for (const line of ["pid /tmp/x/nginx.pid;", "client_body_temp_path /tmp/x/client_body;", "proxy_temp_path /tmp/x/proxy;"]) expect(conf).toContain(line);
    expect(conf).toContain("error_log stderr error;");
    expect(conf).not.toContain("user root");
    expect(localNginxConf({ deployConf, dir: "/tmp/x", port: 1, instancePorts: [2], asRoot: true })).toContain("user root root;");
  });

  it("does not retry or count as a failure the portal's own 503 (a national system or the database down)", () => {
    expect(directives(locationOf(deployConf))).toContain("proxy_next_upstream error timeout;");
  });

  it("closes idle upstream connections before Node's 5 s keep-alive timeout does (else a POST can get 502)", () => {
    const seconds = Number(/keepalive_timeout (\d+)s;/.exec(deployConf)?.[1]);
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThan(5);
  });
});
