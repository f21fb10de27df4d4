import { describe, expect, it } from "vitest";
import { waitFlag } from "../../../src/cli/ingest-command.ts";

describe("--wait [seconds]", () => {
  it("absent: no waiting (a running ingest means exit 2); bare: up to 10 minutes; a number: that many seconds", () => {
    expect(waitFlag(undefined)).toBe(0);
    expect(waitFlag(true)).toBe(600_000);
    expect(waitFlag("30")).toBe(30_000);
    expect(waitFlag("0.5")).toBe(500);
  });

  it("refuses what is not a number of seconds", () => {
    expect(() => waitFlag("soon")).toThrow(/--wait takes a number of seconds/);
    expect(() => waitFlag("-1")).toThrow(/--wait/);
  });
});
