import { beforeEach, describe, expect, it, vi } from "vitest";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { messages } from "@/lib/text/messages";
import { z } from "@/lib/validation/zod";
import { zText, FIELDS } from "@/lib/validation/fields";
import { fakeSession as session } from "../helpers/fake-session";

// The wrapper reads the session and the request's headers; here they are an actor chosen per test
// and the headers a request through the proxy would carry.
vi.mock("@/lib/auth/session", async () => (await import("../helpers/fake-session")).sessionModule());
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-request-id": "req-42", "user-agent": "Vitest", "x-forwarded-for": "203.0.113.9" }),
}));

const { runAction } = await import("@/lib/actions/form-action");

const actorOf = (role: Actor["role"]): Actor => ({
  userId: "u1", username: "u", fullName: "Người Thử", title: null, role, unit: { id: "unit-1", code: "01", name: "Xã Thử" }, agency: null, unitIds: ["unit-1"], jurisdictionRoot: null,
});
const formOf = (entries: [string, string][]) => {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  return form;
};
type State = { error?: string; fieldErrors?: Record<string, string>; values?: Record<string, string | string[]>; done?: string; submittedAt?: number };

describe("runAction", () => {
  beforeEach(() => {
    session.actor = actorOf("COMMUNE_OFFICER");
  });

  it("puts the schema's messages at their fields and echoes the values, lists as arrays", async () => {
    const form = formOf([["fullName", ""], ["eventTypes", "BIRTH"], ["eventTypes", "DEATH"], ["$ACTION_ID_abc", ""]]);
    const schema = z.object({ fullName: zText(FIELDS.fullName), eventTypes: z.array(z.string()) });
    const state = await runAction<State>({ form, echo: { lists: ["eventTypes"] } }, async ({ parse }) => {
      parse(schema);
      return { done: "never" };
    });
    expect(state).toEqual({ fieldErrors: { fullName: messages.lookups.fullNameRequired }, values: { fullName: "", eventTypes: ["BIRTH", "DEATH"] } });
  });

  it("gives the use case the actor, the parsed input and the request's metadata with its id", async () => {
    const form = formOf([["note", "  xin chào  "]]);
    const state = await runAction<State>({ form, stamp: true }, async ({ actor, meta, parse }) => {
      const { note } = parse(z.object({ note: z.string().trim() }));
      return { done: `${actor.username}:${note}:${meta.requestId}:${meta.userAgent}` };
    });
    expect(state.done).toBe("u:xin chào:req-42:Vitest");
    expect(state.submittedAt).toEqual(expect.any(Number));
  });

  it("shows an AppError's Vietnamese message and field errors, with the values echoed", async () => {
    const form = formOf([["username", "trung"]]);
    const state = await runAction<State>({ form, echo: true }, async () => {
      throw new AppError("CONFLICT", { userMessage: "Tên đăng nhập đã có.", fieldErrors: { username: "Tên đăng nhập đã có." } });
    });
    expect(state).toEqual({ error: "Tên đăng nhập đã có.", fieldErrors: { username: "Tên đăng nhập đã có." }, values: { username: "trung" } });
  });

  it("hides an unexpected error behind one generic message with a correlation id", async () => {
    const state = await runAction<State>({}, async () => {
      throw new TypeError("cannot read properties of undefined");
    });
    expect(state.error).toMatch(new RegExp(`^${messages.errors.INTERNAL.replace(/[.;()]/g, "\\$&")} \\(Mã lỗi: [0-9a-f]{8}\\)$`));
    expect(state.error).not.toContain("undefined");
  });

  it("says the database is unavailable when it is", async () => {
    const state = await runAction<State>({}, async () => {
      throw Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: "P1001" });
    });
    expect(state).toEqual({ error: messages.errors.DATABASE_UNAVAILABLE });
  });

  it("refuses a role without the permission with the not-found page, before running anything", async () => {
    const run = vi.fn(async () => ({ done: "ran" }));
    await expect(runAction<State>({ permission: "admin.users" }, run)).rejects.toMatchObject({ digest: expect.stringContaining("404") });
    expect(run).not.toHaveBeenCalled();
    session.actor = actorOf("ADMINISTRATOR");
    expect(await runAction<State>({ permission: "admin.users" }, run)).toEqual({ done: "ran" });
  });

  it("lets Next's redirect through, so a success may redirect from inside", async () => {
    await expect(runAction<State>({}, async () => redirect("/copies/1?created=1"))).rejects.toMatchObject({ digest: expect.stringContaining("/copies/1?created=1") });
  });

  it("never echoes a value far over every field's limit (the next submission would carry it twice)", async () => {
    const state = await runAction<State>({ form: formOf([["name", "x".repeat(300_000)]]), echo: true }, async ({ invalid, input }) => {
      expect((input.name as string).length).toBe(300_000);
      return invalid({ name: "quá dài" });
    });
    expect(state).toEqual({ fieldErrors: { name: "quá dài" }, values: { name: "" } });
  });
});

describe("zod's own messages", () => {
  it("are Vietnamese where a schema gives none of its own", () => {
    const parsed = z.object({ code: z.string().min(3) }).safeParse({ code: "a" });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.message).toMatch(/ký tự/);
    expect(z.string().safeParse(undefined).error!.issues[0]!.message).toMatch(/^Đầu vào không hợp lệ/);
  });

  it("are Vietnamese in a feature's schema that imports zod itself, once the shared field rules are loaded", async () => {
    const { ZTransitionInput } = await import("@/lib/copies/schemas");
    expect(ZTransitionInput.safeParse({ id: "r1", version: "abc" }).error!.issues[0]!.message).toMatch(/^Đầu vào không hợp lệ/);
  });

  it("leave a schema's own message as it is", () => {
    expect(z.string().min(3, "Nhập ít nhất 3 ký tự.").safeParse("a").error!.issues[0]!.message).toBe("Nhập ít nhất 3 ký tự.");
  });
});
