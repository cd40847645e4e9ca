import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { CivilRegistryPort } from "@/lib/adapters/civil-registry/port";
import { ERROR_CODES, HEADERS } from "@/lib/adapters/http/wire";
import { emptyStats, handleAdmin, type AdminControl, type Stats } from "@/mock-national/server/admin";
import { applyPatch, malform, NO_FAULTS, planFault, type FaultConfig, type Faults, type MockSystem } from "@/mock-national/server/faults";
import { BodyError, bearerToken, errorBody, header, readJson, sameSecret, sendText } from "@/mock-national/server/http-io";
import { matchRoute, replyForError, systemOf, type Reply } from "@/mock-national/server/routes";
import type { PopulationPort } from "@/lib/adapters/population/port";

export type MockGovServerOptions = {
  /** 0 picks a free port (tests). */
  port: number;
  /** Loopback only: this serves synthetic personal data with demo keys. */
  host?: "127.0.0.1";
  civilRegistry: CivilRegistryPort;
  population: PopulationPort;
  /** The bearer key each system accepts. */
  apiKeys: Record<MockSystem, string>;
  /** Enables /__admin/* with this X-Admin-Key; omitted, the endpoint does not exist. */
  adminKey?: string;
  /** Start configuration per system; unspecified fields have no fault and no latency. */
  faults?: Partial<Record<MockSystem, Partial<FaultConfig>>>;
  /** Injectable for deterministic fault draws in tests. */
  random?: () => number;
};

export type MockGovServer = AdminControl & {
  /** e.g. http://127.0.0.1:4010; the systems live under /civil-registry/v1 and /population/v1. */
  url: string;
  port: number;
  /** Stops listening and drops open connections, hanging ones included. Safe to call twice. */
  stop(): Promise<void>;
};

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves after `ms`, or as soon as the client hangs up (it timed out, or the server stops). */
function hang(res: ServerResponse, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    res.once("close", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Serves the two mocked national systems over HTTP on loopback, as documented in
 * lib/adapters/<system>/openapi.json: bearer keys (401), request validation with the ports' zod
 * schemas (400 naming the field), the population credential passed through to the port (403 with
 * its code), per-system fault injection and request counters. The ports are usually the in-process
 * mocks over a generated dataset (scripts/mock-gov.ts, scripts/dev.ts, tests).
 */
export async function startMockGovServer(options: MockGovServerOptions): Promise<MockGovServer> {
  const random = options.random ?? Math.random;
  const initial: Faults = {
    civilRegistry: { ...NO_FAULTS, ...options.faults?.civilRegistry },
    population: { ...NO_FAULTS, ...options.faults?.population },
  };
  let faults = initial;
  let stats: Stats = emptyStats();
  const ports = { civilRegistry: options.civilRegistry, population: options.population };

  const control: AdminControl = {
    faults: () => structuredClone(faults),
    setFaults: (patch) => ((faults = applyPatch(faults, patch)), structuredClone(faults)),
    resetFaults: () => ((faults = initial), structuredClone(faults)),
    stats: () => structuredClone(stats),
    resetStats: () => void (stats = emptyStats()),
  };

  async function serveSystem(system: MockSystem, req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    const counters = stats[system];
    counters.requests += 1;
    const requestId = header(req, HEADERS.requestId);
    const send = (reply: Reply, text = JSON.stringify(reply.body)) => {
      counters.byStatus[reply.status] = (counters.byStatus[reply.status] ?? 0) + 1;
      sendText(res, reply.status, text, requestId);
    };

    // Faults come first: a system that is down cannot even check keys.
    const plan = planFault(faults[system], random);
    if (plan.kind === "error") {
      counters.injected.error += 1;
      return send({ status: 503, body: errorBody(ERROR_CODES.unavailable, "the system is temporarily unavailable") });
    }
    if (plan.kind === "hang") {
      counters.injected.timeout += 1;
      await hang(res, plan.ms);
    } else if (plan.delayMs > 0) {
      await wait(plan.delayMs);
    }
    if (res.destroyed) return; // the caller gave up while we dawdled

    if (!sameSecret(bearerToken(req), options.apiKeys[system])) {
      return send({ status: 401, body: errorBody(ERROR_CODES.unauthorized, "missing or invalid API key") });
    }
    let match: ReturnType<typeof matchRoute>;
    try {
      match = matchRoute(req.method ?? "GET", pathname);
    } catch {
      return send({ status: 400, body: errorBody(ERROR_CODES.invalidRequest, "malformed percent-encoding in the path") }); // URIError
    }
    if (match === 404) return send({ status: 404, body: errorBody(ERROR_CODES.routeNotFound, `no route ${pathname}`) });
    if (match === 405) return send({ status: 405, body: errorBody(ERROR_CODES.methodNotAllowed, `${req.method} not allowed here`) });

    let reply: Reply;
    try {
      const body = match.route.method === "POST" ? await readJson(req) : undefined;
      reply = await match.route.handle({ params: match.params, body, header: (name) => header(req, name), requestId, ports });
    } catch (error) {
      reply = error instanceof BodyError ? { status: 400, body: errorBody(ERROR_CODES.invalidRequest, error.message, "body") } : replyForError(error);
    }
    if (reply.status === 200 && plan.kind === "answer" && plan.malformed) {
      counters.injected.malformed += 1;
      return send(reply, malform(reply.body, plan.malformed));
    }
    send(reply);
  }

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const pathname = new URL(req.url ?? "/", "http://mock").pathname;
    if (pathname.startsWith("/__admin/") && options.adminKey) {
      if (!sameSecret(header(req, HEADERS.adminKey), options.adminKey)) {
        return sendText(res, 401, JSON.stringify(errorBody(ERROR_CODES.unauthorized, "missing or invalid X-Admin-Key")));
      }
      let body: unknown;
      try {
        body = req.method === "POST" ? await readJson(req) : undefined;
      } catch (error) {
        return sendText(res, 400, JSON.stringify(errorBody(ERROR_CODES.invalidRequest, (error as Error).message, "body")));
      }
      const reply = handleAdmin(req.method ?? "GET", pathname, body, control);
      return sendText(res, reply.status, JSON.stringify(reply.body));
    }
    const system = systemOf(pathname);
    if (!system) return sendText(res, 404, JSON.stringify(errorBody(ERROR_CODES.routeNotFound, `no route ${pathname}`)));
    await serveSystem(system, req, res, pathname);
  }

  const server = createServer((req, res) => {
    serve(req, res).catch(() => sendText(res, 500, JSON.stringify(errorBody(ERROR_CODES.internal, "internal error"))));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new Error(`Mock national systems: port ${options.port} is already in use`) : error),
    );
    server.listen(options.port, options.host ?? "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  let stopped: Promise<void> | undefined;
  return {
    ...control,
    url: `http://127.0.0.1:${port}`,
    port,
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // keep-alive and hanging requests would hold close() open
      })),
  };
}
