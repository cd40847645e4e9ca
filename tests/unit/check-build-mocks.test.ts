import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkBuild, GENERATOR_MARKER } from "@/scripts/check-build-mocks";

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A fake .next: one route entry loading chunks/a.js at start; chunks/a.js loads chunks/mock.js on demand. */
function fakeBuild(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), "check-build-mocks-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const entry = 'var R=require("../../chunks/[turbopack]_runtime.js")("server/app/api/route.js")\nR.c("server/chunks/a.js")\nR.m(1)\n';
const asyncLoader = 'module.exports=[1,e=>{e.v(s=>Promise.all(["server/chunks/mock.js"].map(s=>e.l(s))).then(()=>s(2)))}]';

describe("check-build-mocks", () => {
  it("passes when the generator is only in a chunk loaded on demand", () => {
    const report = checkBuild(
      fakeBuild({
        "server/app/api/route.js": entry,
        "server/chunks/a.js": asyncLoader,
        "server/chunks/mock.js": `throw new Error(${JSON.stringify(GENERATOR_MARKER)})`,
      }),
    );
    expect(report.mockChunks).toEqual(["server/chunks/mock.js"]);
    expect(report.eagerMock).toEqual([]);
  });

  it("fails when a chunk an entry loads at start holds the generator", () => {
    const report = checkBuild(
      fakeBuild({
        "server/app/api/route.js": entry,
        "server/chunks/a.js": `throw new Error(${JSON.stringify(GENERATOR_MARKER)})`,
      }),
    );
    expect(report.eagerMock).toEqual(["server/chunks/a.js"]);
  });

  it("fails when an entry loads a chunk made of mock-national/ at start", () => {
    const report = checkBuild(
      fakeBuild({
        "server/app/api/route.js": 'var R=require("x")("server/app/api/route.js")\nR.c("server/chunks/ssr/mock-national_civil-registry_index_ts_0abc._.js")\n',
        "server/chunks/ssr/mock-national_civil-registry_index_ts_0abc._.js": "module.exports=[]",
      }),
    );
    expect(report.eagerMock).toEqual(["server/chunks/ssr/mock-national_civil-registry_index_ts_0abc._.js"]);
  });
});
