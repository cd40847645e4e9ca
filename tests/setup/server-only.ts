// `server-only` throws when imported outside a React server environment; tests run server code
// directly in Node, so the guard is replaced by an empty module.
import { vi } from "vitest";

vi.mock("server-only", () => ({}));
