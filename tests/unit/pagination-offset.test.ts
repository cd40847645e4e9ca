import { describe, expect, it } from "vitest";
import { pageCountOf } from "@/lib/pagination/offset";

describe("pageCountOf", () => {
  it("an empty list still has its first page", () => expect(pageCountOf(0, 20)).toBe(1));
  it("a full last page does not add an empty one", () => expect(pageCountOf(40, 20)).toBe(2));
  it("one row over starts a new page", () => expect(pageCountOf(41, 20)).toBe(3));
});
