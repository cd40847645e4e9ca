/**
 * Prisma's schema engine, compiled to WebAssembly, driving a database through @prisma/adapter-pg.
 * The native schema-engine binary that the Prisma CLI downloads at run time is unreachable from
 * machines that reach only the npm registry; the Wasm build ships in an npm package and speaks to the
 * database through a JavaScript driver adapter instead.
 */
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import pg from "pg";
import { CharAsTextClient, charAwarePgFactory } from "./char-type";

export type { SchemaEngine };

let loaded = false;

/**
 * The glue reports a Rust panic by calling `global.PRISMA_WASM_PANIC_REGISTRY.set_message(…)` before
 * trapping; without this object the panic hides behind a TypeError. engineError() reads it back.
 */
const panics = { message: "", set_message(message: string) { this.message = message; } };
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: typeof panics }).PRISMA_WASM_PANIC_REGISTRY ??= panics;

/**
 * Instantiates the Wasm module once per process. The package's own entry point imports the .wasm
 * file as an ES module, which Node 20 cannot do without a flag, so we do by hand what that entry
 * does: instantiate with the glue module as imports, hand the exports back, run the start function.
 */
function loadSchemaEngineWasm(): void {
  if (loaded) return;
  const require = createRequire(import.meta.url);
  // The .wasm file is not in the package's "exports", so locate it beside the exported glue file.
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmModule = new WebAssembly.Module(readFileSync(gluePath.replace(/\.js$/, ".wasm")));
  const instance = new WebAssembly.Instance(wasmModule, {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start(): void };
  (glue as unknown as { __wbg_set_wasm(exports: WebAssembly.Exports): void }).__wbg_set_wasm(exports);
  exports.__wbindgen_start();
  loaded = true;
}

/** An engine bound to one database, with the pool it owns. */
export interface EngineSession {
  engine: SchemaEngine;
  pool: pg.Pool;
  /** Frees the engine and ends the pool, whose idle timer would otherwise keep Node alive ~10 s. */
  close(): Promise<void>;
}

/**
 * Opens the Wasm schema engine on `url`. `schema` ([path, content]) is needed only by commands
 * that read the Prisma schema's datasource (diff from `schemaDatasource`).
 */
export async function openEngine(url: string, schema?: [path: string, content: string]): Promise<EngineSession> {
  loadSchemaEngineWasm();
  const pool = new pg.Pool({ connectionString: url, max: 2, allowExitOnIdle: true, Client: CharAsTextClient });
  const factory = bindMigrationAwareSqlAdapterFactory(charAwarePgFactory(pool));
  // The engine's tracing lines, for debugging only: errors come back as rejections anyway.
  const log = process.env.DEBUG_SCHEMA_ENGINE ? (line: string) => console.error(line) : () => {};
  try {
    const engine = await glue.SchemaEngine.new({ datamodels: schema ? [schema] : undefined }, log, factory);
    let closed = false;
    return {
      engine,
      pool,
      close: async () => {
        if (closed) return;
        closed = true;
        engine.free();
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end();
    throw engineError(error);
  }
}

/**
 * Turns the engine's rejections into plain errors with Prisma's code first ("P3018: …"), and
 * drops the Rust span trace, which names engine internals rather than anything the user can act on.
 */
export function engineError(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  if (error instanceof WebAssembly.RuntimeError && panics.message) {
    return new Error(`Prisma schema engine panicked: ${panics.message}`, { cause: error });
  }
  const code = (error as { code?: unknown }).code;
  const message = error.message.split(/\n\s+0: /)[0]!.trim();
  const wrapped = new Error(typeof code === "string" ? `${code}: ${message}` : message, { cause: error });
  return wrapped;
}
