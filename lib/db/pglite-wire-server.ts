/**
 * Serves one PGlite over the PostgreSQL wire protocol to many client connections, correctly.
 *
 * PGlite is a single PostgreSQL session. pglite-socket 0.2.17 queues each *message* of each connection
 * on it, so the Parse/Bind/Execute/Sync batches of two connections interleave and the session answers
 * the wrong one ("bind message supplies 3 parameters, but prepared statement "" requires 4", "portal ""
 * does not exist"; upstream electric-sql/pglite issue 1046). Here a connection *owns* the session from
 * its first message until the session is idle again: the ReadyForQuery that ends its batch says 'I'.
 * A batch inside a transaction ('T') or a failed one ('E') keeps the session until COMMIT/ROLLBACK, so
 * no other connection ever sees or joins another's transaction. Waiting connections are served in
 * arrival order.
 *
 * A connection that keeps a transaction open and goes quiet while others wait would stall everyone
 * (a psql user who typed BEGIN and left; an app awaiting a second connection from inside a
 * transaction). After `idleInTransactionTimeoutMs` it is ended as PostgreSQL's own
 * idle_in_transaction_session_timeout does (FATAL 25P03) and its transaction rolled back. A connection
 * that closes mid-batch or mid-transaction is cleaned up the same way, so the session is always handed
 * on clean.
 *
 * Prepared statements belong to a connection on PostgreSQL, but here every connection shares the one
 * session's: two pool connections preparing "s1" would collide ("prepared statement already exists"),
 * and a new connection would find the last one's. So a named statement is renamed per connection
 * (Parse, Bind, Describe and Close carry the name), and a closed connection's are deallocated.
 */
import type { PGlite } from "@electric-sql/pglite";
import { createServer, type Server, type Socket } from "node:net";

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
/** PostgreSQL's own limit for one message is 1 GB; refuse anything that cannot be a real message. */
const MAX_MESSAGE = 1 << 30;
const SYNC = Uint8Array.from([0x53, 0, 0, 0, 4]); // 'S', length 4
const ROLLBACK = simpleQuery("ROLLBACK");

function simpleQuery(sql: string): Uint8Array {
  const text = Buffer.from(sql + "\0", "utf8");
  const message = Buffer.alloc(5 + text.length);
  message[0] = 0x51; // 'Q'
  message.writeInt32BE(4 + text.length, 1);
  text.copy(message, 5);
  return new Uint8Array(message);
}

export interface WireServerOptions {
  db: PGlite;
  host: string;
  port: number;
  /** How long an idle connection may keep the session in a transaction while others wait. */
  idleInTransactionTimeoutMs?: number;
}

export interface WireServer {
  port: number;
  stop(): Promise<void>;
}

/** Tracks the server's outgoing message framing, to know when a response ended with ReadyForQuery. */
class ResponseTracker {
  private header = Buffer.alloc(5);
  private headerFill = 0;
  private remaining = 0; // payload bytes left in the current message
  private type = 0;
  private firstPayloadByte = -1;
  /** Transaction status of the last complete message when it was ReadyForQuery, else null. */
  readyStatus: string | null = null;

  feed(chunk: Uint8Array): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.remaining === 0 && this.headerFill < 5) {
        const take = Math.min(5 - this.headerFill, chunk.length - i);
        this.header.set(chunk.subarray(i, i + take), this.headerFill);
        this.headerFill += take;
        i += take;
        if (this.headerFill < 5) return;
        this.type = this.header[0] ?? 0;
        this.remaining = this.header.readInt32BE(1) - 4;
        this.firstPayloadByte = -1;
        this.readyStatus = null;
        if (this.remaining === 0) this.complete();
        continue;
      }
      const take = Math.min(this.remaining, chunk.length - i);
      if (this.firstPayloadByte < 0 && take > 0) this.firstPayloadByte = chunk[i] ?? 0;
      this.remaining -= take;
      i += take;
      if (this.remaining === 0) this.complete();
    }
  }

  /** True when the bytes seen so far end exactly at a message boundary. */
  get atBoundary(): boolean {
    return this.remaining === 0 && this.headerFill === 0;
  }

  private complete(): void {
    this.headerFill = 0;
    this.readyStatus = this.type === 0x5a /* 'Z' */ ? String.fromCharCode(this.firstPayloadByte) : null;
  }
}

interface Message {
  bytes: Uint8Array;
  /** False for startup-phase messages (StartupMessage, SSLRequest, CancelRequest): no type byte. */
  typed: boolean;
}

/** Where the statement name of a frontend message starts, for the messages that name one; else -1. */
function statementNameOffset(bytes: Uint8Array): number {
  const type = bytes[0];
  if (type === 0x50 /* 'P' Parse: name, query, … */) return 5;
  if (type === 0x42 /* 'B' Bind: portal, statement, … */) return bytes.indexOf(0, 5) + 1;
  // 'D' Describe and 'C' Close: 'S' (a statement) or 'P' (a portal), then the name.
  if ((type === 0x44 || type === 0x43) && bytes[5] === 0x53 /* 'S' */) return 6;
  return -1;
}

/**
 * The message with its statement name prefixed by `prefix` (the unnamed statement "" stays as it is),
 * and the name as the session knows it; the message itself when it names no statement.
 */
function renameStatement(bytes: Uint8Array, prefix: string): { bytes: Uint8Array; name: string | null } {
  const at = statementNameOffset(bytes);
  if (at <= 0) return { bytes, name: null };
  const end = bytes.indexOf(0, at);
  if (end <= at) return { bytes, name: null };
  const name = prefix + Buffer.from(bytes.subarray(at, end)).toString("utf8");
  const head = Buffer.from(bytes.subarray(0, at));
  const out = Buffer.concat([head, Buffer.from(name, "utf8"), Buffer.from(bytes.subarray(end))]);
  out.writeInt32BE(out.length - 1, 1);
  return { bytes: new Uint8Array(out), name };
}

/** A Close of statement `name` (as the session knows it) followed by Sync. */
function closeStatement(name: string): Uint8Array {
  const body = Buffer.concat([Buffer.from("S", "utf8"), Buffer.from(name + "\0", "utf8")]);
  const message = Buffer.alloc(5 + body.length);
  message[0] = 0x43; // 'C'
  message.writeInt32BE(4 + body.length, 1);
  body.copy(message, 5);
  return new Uint8Array(Buffer.concat([message, SYNC]));
}

let connectionCount = 0;

class Connection {
  /** This connection's statement names in the shared session start with this. */
  readonly statementPrefix = `c${++connectionCount}_`;
  /** The statement names this connection parsed, as the session knows them. */
  readonly statements = new Set<string>();
  private input: Buffer = Buffer.alloc(0);
  readonly pending: Message[] = [];
  readonly tracker = new ResponseTracker();
  /** Startup finished; until then a message has no type byte. */
  private started = false;
  /** The session is mid-batch or in a transaction for this connection. */
  holdsOpenWork = false;
  /** A message of this connection is being executed right now. */
  executing = false;
  closed = false;
  idleTimer: NodeJS.Timeout | undefined;

  constructor(readonly socket: Socket) {}

  /** Splits the received bytes into whole protocol messages; false when the stream is not the protocol. */
  receive(data: Buffer): boolean {
    this.input = this.input.length ? Buffer.concat([this.input, data]) : data;
    for (;;) {
      const typed = this.started;
      const headerLength = typed ? 5 : 8;
      if (this.input.length < headerLength) return true;
      const length = typed ? 1 + this.input.readInt32BE(1) : this.input.readInt32BE(0);
      if (length < headerLength || length > MAX_MESSAGE) return false;
      if (this.input.length < length) return true;
      const bytes = new Uint8Array(this.input.subarray(0, length)); // a copy: the input buffer is reused
      this.input = this.input.subarray(length);
      if (!typed) {
        const code = Buffer.from(bytes.buffer).readInt32BE(4);
        if (code !== SSL_REQUEST && code !== GSSENC_REQUEST && code !== CANCEL_REQUEST) this.started = true;
      }
      this.pending.push({ bytes, typed });
    }
  }

  clearIdleTimer(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }
}

function fatal(code: string, text: string): Buffer {
  const fields = Buffer.concat([
    Buffer.from("SFATAL\0VFATAL\0C" + code + "\0M" + text + "\0", "utf8"),
    Buffer.from([0]),
  ]);
  const header = Buffer.alloc(5);
  header[0] = 0x45; // 'E'
  header.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([header, fields]);
}

export async function startWireServer(options: WireServerOptions): Promise<WireServer> {
  const { db } = options;
  const idleTimeout = options.idleInTransactionTimeoutMs ?? 15_000;
  const connections = new Set<Connection>();
  const waiting: Connection[] = [];
  let owner: Connection | null = null;
  let pumping: Promise<void> | null = null;
  /** Statements of closed connections, deallocated before the session's next batch. */
  const orphans: string[] = [];

  const exec = (message: Uint8Array, onData: (chunk: Uint8Array) => void) =>
    db.runExclusive(() => db.execProtocolRawStream(message, { onRawData: onData }));

  /** Gives the free session to the next connection with work, or lets the owner go on. */
  function schedule(): void {
    if (pumping) return;
    while (!owner && waiting.length) {
      const next = waiting.shift()!;
      if (!next.closed && next.pending.length) owner = next;
    }
    if (!owner) return;
    if (owner.pending.length) pumping = pump(owner).finally(() => {
      pumping = null;
      schedule();
    });
    else armIdleTimer(owner);
  }

  /** An owner idle in a transaction while others wait is ended, as idle_in_transaction_session_timeout does. */
  function armIdleTimer(conn: Connection): void {
    if (!waiting.length || conn.idleTimer) return;
    conn.idleTimer = setTimeout(() => {
      conn.idleTimer = undefined;
      if (owner !== conn || conn.pending.length || !waiting.length) return;
      conn.socket.end(fatal("25P03", "terminating connection due to idle-in-transaction timeout " +
        "(the embedded database is one session and other connections are waiting)"));
      close(conn);
    }, idleTimeout);
    conn.idleTimer.unref();
  }

  async function pump(conn: Connection): Promise<void> {
    conn.clearIdleTimer();
    // A batch that starts with the session idle (not one inside this owner's transaction): the right
    // moment to drop closed connections' statements.
    while (!conn.holdsOpenWork && orphans.length) await exec(closeStatement(orphans.pop()!), () => {}).catch(() => {});
    while (conn.pending.length && !conn.closed) {
      conn.executing = true;
      try {
        await handle(conn, conn.pending.shift()!);
      } finally {
        conn.executing = false;
      }
      if (!conn.holdsOpenWork) break; // session idle: others go before this connection's next batch
    }
    if (conn.closed) await cleanSession(conn);
    if (!conn.holdsOpenWork || conn.closed) {
      owner = null;
      if (!conn.closed && conn.pending.length) waiting.push(conn);
    }
  }

  async function handle(conn: Connection, message: Message): Promise<void> {
    const { bytes } = message;
    if (!message.typed) {
      const code = Buffer.from(bytes.buffer).readInt32BE(4);
      if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
        conn.socket.write("N"); // no TLS on loopback; the client goes on in plain text
        return;
      }
      if (code === CANCEL_REQUEST) {
        // PGlite has no backend to signal; the protocol expects no answer, only the close.
        conn.socket.end();
        return;
      }
    } else if (bytes[0] === 0x58 /* 'X' Terminate: ends this connection, never the shared session */) {
      conn.socket.end();
      close(conn);
      return;
    }
    const renamed = message.typed ? renameStatement(bytes, conn.statementPrefix) : { bytes, name: null };
    if (renamed.name !== null && bytes[0] === 0x50) conn.statements.add(renamed.name);
    await exec(renamed.bytes, (chunk) => {
      conn.tracker.feed(chunk);
      if (!conn.closed && conn.socket.writable) conn.socket.write(Buffer.from(chunk));
    });
    // Only a ReadyForQuery saying 'I' frees the session: anything else is an open batch or transaction.
    const status = conn.tracker.atBoundary ? conn.tracker.readyStatus : null;
    conn.holdsOpenWork = status !== "I";
  }

  /** Ends a closed connection's unfinished batch and rolls back its transaction, so the next owner starts clean. */
  async function cleanSession(conn: Connection): Promise<void> {
    if (!conn.holdsOpenWork) return;
    conn.holdsOpenWork = false;
    const tracker = new ResponseTracker();
    try {
      await exec(SYNC, (chunk) => tracker.feed(chunk));
      // As a wire message too: db.exec() would wait for the mutex that runExclusive holds.
      if (tracker.readyStatus !== "I") await exec(ROLLBACK, () => {});
    } catch {
      // Only a failure of PGlite itself lands here; the next statement will report it to its client.
    }
  }

  function close(conn: Connection): void {
    if (conn.closed) return;
    conn.closed = true;
    connections.delete(conn);
    orphans.push(...conn.statements);
    conn.pending.length = 0;
    conn.clearIdleTimer();
    const at = waiting.indexOf(conn);
    if (at >= 0) waiting.splice(at, 1);
    // While its message runs, pump() cleans up and hands over when that message returns.
    if (owner !== conn || conn.executing) return;
    pumping = (async () => {
      await cleanSession(conn);
      owner = null;
    })().finally(() => {
      pumping = null;
      schedule();
    });
  }

  function onConnection(socket: Socket): void {
    socket.setNoDelay(true);
    const conn = new Connection(socket);
    connections.add(conn);
    socket.on("data", (data: Buffer) => {
      if (conn.closed) return;
      if (!conn.receive(data)) {
        socket.destroy();
        return;
      }
      if (!conn.pending.length) return;
      if (owner !== conn && !waiting.includes(conn)) waiting.push(conn);
      if (owner && owner !== conn) armIdleTimer(owner);
      schedule();
    });
    socket.on("error", () => close(conn));
    socket.on("close", () => close(conn));
  }

  const server: Server = createServer(onConnection);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : options.port;

  return {
    port,
    stop: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const sockets = [...connections].map((conn) => {
        const gone = new Promise<void>((resolve) => conn.socket.once("close", () => setImmediate(resolve)));
        conn.socket.destroy();
        return gone;
      });
      await Promise.all([closed, ...sockets]);
      while (pumping) await pumping;
    },
  };
}
