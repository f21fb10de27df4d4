import { describe, expect, it } from "vitest";
import { loadCookbookQuery } from "../../../src/cookbook/index.ts";
import { timeoutFrom } from "../../../src/cli/print-result.ts";

describe("finding a cookbook query", () => {
  it("loads one by name", async () => {
    expect((await loadCookbookQuery("projects-serving")).params.map((p) => p.name)).toEqual(["target"]);
  });

  it("suggests close names and the listing for an unknown one", async () => {
    await expect(loadCookbookQuery("projects")).rejects.toThrow(/No cookbook query "projects"\. Did you mean projects-serving\?.*--list/);
    await expect(loadCookbookQuery("nothing-like-it")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("--timeout", () => {
  it("takes whole milliseconds, else the configured default", () => {
    expect(timeoutFrom(undefined, 15_000)).toBe(15_000);
    expect(timeoutFrom("500", 15_000)).toBe(500);
    expect(() => timeoutFrom("soon", 15_000)).toThrow(/--timeout must be a whole number of milliseconds/);
    expect(() => timeoutFrom("0", 15_000)).toThrow(/--timeout/);
  });
});
