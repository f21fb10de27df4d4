import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isKgError } from "../../../src/errors/index.ts";
import { parseTriggers, parseTriggersText } from "../../../ingest/operations/vocabulary/triggers.ts";

const valid = {
  relations: [{ type: "RELIES_ON", triggers: ["依托"] }],
  events: [{ status: "started", triggers: ["开工"] }],
  valueKinds: [{ kind: "target", cues: ["力争"] }],
  units: ["亿元", "%"],
};

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("parseTriggers", () => {
  it("accepts a well-formed lexicon", () => {
    expect(parseTriggers(valid, "t.json").relations[0]?.triggers).toEqual(["依托"]);
  });

  it("names the file and the path of an unknown relation type", () => {
    const error = thrown(() => parseTriggers({ ...valid, relations: [{ type: "RELY_ON", triggers: ["依托"] }] }, "data/triggers.json"));
    expect(isKgError(error, "INPUT_INVALID")).toBe(true);
    if (!isKgError(error)) return;
    expect(error.message).toContain("data/triggers.json");
    expect(error.message).toContain("relations[0].type");
    expect(error.context).toMatchObject({ file: "data/triggers.json", path: "relations[0].type" });
  });

  it("rejects an empty word, an empty list and a missing section", () => {
    expect(() => parseTriggers({ ...valid, units: ["亿元", " "] }, "t.json")).toThrow(/units\[1\]/);
    expect(() => parseTriggers({ ...valid, events: [{ status: "started", triggers: [] }] }, "t.json")).toThrow(/events\[0\]\.triggers/);
    expect(() => parseTriggers({ relations: valid.relations, events: valid.events, units: valid.units }, "t.json")).toThrow(/valueKinds/);
  });

  it("rejects an unknown event status and value kind", () => {
    expect(() => parseTriggers({ ...valid, events: [{ status: "finished", triggers: ["竣工"] }] }, "t.json")).toThrow(/events\[0\]\.status/);
    expect(() => parseTriggers({ ...valid, valueKinds: [{ kind: "goal", cues: ["力争"] }] }, "t.json")).toThrow(/valueKinds\[0\]\.kind/);
  });

  it("reports JSON syntax errors as INPUT_INVALID naming the file", () => {
    const error = thrown(() => parseTriggersText("{ relations: ", "bad.json"));
    expect(isKgError(error, "INPUT_INVALID")).toBe(true);
    expect(String((error as Error).message)).toContain("bad.json");
  });

  const projectFile = path.resolve(import.meta.dirname, "../../../ingest/data/triggers.json");
  it.runIf(existsSync(projectFile))("parses the project's own triggers.json", () => {
    const triggers = parseTriggersText(readFileSync(projectFile, "utf8"), projectFile);
    expect(triggers.relations.length).toBeGreaterThan(0);
    expect(triggers.units.length).toBeGreaterThan(0);
  });
});
