import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { entityId, stableId } from "../../../src/graph/ids.ts";

describe("stable ids", () => {
  it("entityId is e- plus the first 16 hex of sha1(type:name)", () => {
    const expected = createHash("sha1").update("Institution:山东大学", "utf8").digest("hex").slice(0, 16);
    expect(entityId("Institution", "山东大学")).toBe(`e-${expected}`);
  });

  it("is the same on every call and differs by type and by name", () => {
    expect(entityId("Area", "济南市")).toBe(entityId("Area", "济南市"));
    expect(entityId("Area", "济南市")).not.toBe(entityId("Strategy", "济南市"));
    expect(entityId("Area", "济南市")).not.toBe(entityId("Area", "济南"));
  });

  it("stableId hashes its parts joined with ':'", () => {
    expect(stableId("a", "b")).toBe(createHash("sha1").update("a:b").digest("hex").slice(0, 16));
    expect(stableId("doc", "1")).toMatch(/^[0-9a-f]{16}$/);
  });
});
