import { describe, expect, it } from "vitest";
import { isKgError } from "../../../src/errors/kg-error.ts";
import { buildLexiconIndex, parseLexicon, parseMetrics } from "../../../ingest/operations/names/lexicon.ts";
import { fixtureLexicon, LEXICON_JSON } from "./fixtures/lexicon-fixture.ts";

/** The error thrown by `run`, for inspection. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

describe("parseLexicon", () => {
  it("parses entries and defaults missing aliases and English names to empty lists", () => {
    const lexicon = parseLexicon({ entities: [{ name: " 山东大学 ", type: "Institution" }] }, "lexicon.json");
    expect(lexicon.entities).toEqual([{ name: "山东大学", type: "Institution", aliases: [], en: [] }]);
  });

  it("names the file and the bad entry path on a wrong type", () => {
    const error = thrown(() =>
      parseLexicon({ entities: [{ name: "甲", type: "Area" }, { name: "乙", type: "Company" }] }, "ingest/data/lexicon.json"),
    );
    expect(isKgError(error, "INPUT_INVALID")).toBe(true);
    if (!isKgError(error)) return;
    expect(error.message).toContain("ingest/data/lexicon.json");
    expect(error.message).toContain("entities[1].type");
    expect(error.context).toMatchObject({ file: "ingest/data/lexicon.json", path: "entities[1].type" });
  });

  it("rejects a misspelt key instead of silently dropping its names", () => {
    const error = thrown(() => parseLexicon({ entities: [{ name: "甲", type: "Area", alias: ["乙"] }] }, "lexicon.json"));
    expect(isKgError(error, "INPUT_INVALID")).toBe(true);
    expect(String((error as Error).message)).toContain("entities[0]");
  });

  it("rejects an empty alias and a missing entities list", () => {
    expect(() => parseLexicon({ entities: [{ name: "甲", type: "Area", aliases: [""] }] }, "x.json")).toThrow(/entities\[0\]\.aliases\[0\]/);
    expect(() => parseLexicon({}, "x.json")).toThrow(/entities/);
  });
});

describe("parseMetrics", () => {
  it("parses metrics with units", () => {
    const metrics = parseMetrics({ metrics: [{ name: "地区生产总值", aliases: ["GDP"], units: ["亿元"] }] }, "metrics.json");
    expect(metrics.metrics[0]).toEqual({ name: "地区生产总值", aliases: ["GDP"], en: [], units: ["亿元"] });
  });

  it("names the file and path on a bad metric", () => {
    expect(() => parseMetrics({ metrics: [{ name: 3 }] }, "ingest/data/metrics.json")).toThrow(/metrics\.json.*metrics\[0\]\.name/);
  });
});

describe("buildLexiconIndex", () => {
  it("looks up names and aliases, comparing full-width and half-width forms alike", () => {
    const index = buildLexiconIndex(parseLexicon({ entities: [{ name: "碳电(山东)能源科技", type: "Enterprise", aliases: ["Ｃ公司"] }] }, "l.json"));
    expect(index.lookup("碳电（山东）能源科技")?.name).toBe("碳电(山东)能源科技");
    expect(index.lookup("c公司")?.name).toBe("碳电(山东)能源科技");
    expect(index.lookup("碳电")).toBeUndefined();
  });

  it("indexes metrics as Indicator entries with their units", () => {
    const index = fixtureLexicon();
    expect(index.lookup("GDP")).toMatchObject({ name: "地区生产总值", type: "Indicator" });
    expect(index.units.get("地区生产总值")).toEqual(["亿元", "%"]);
  });

  it("does not index English names: they are never matched in Chinese text", () => {
    const index = fixtureLexicon();
    expect(index.lookup("Central Vitality Area")).toBeUndefined();
    expect(index.trie.findAll("the Central Vitality Area")).toEqual([]);
  });

  it("merges a metric into an Indicator entry of the same name", () => {
    const index = buildLexiconIndex(
      parseLexicon({ entities: [{ name: "地区生产总值", type: "Indicator", aliases: ["GDP"] }] }, "l.json"),
      parseMetrics({ metrics: [{ name: "地区生产总值", aliases: ["生产总值"], en: ["GDP"] }] }, "m.json"),
    );
    expect(index.entries).toHaveLength(1);
    expect(index.entries[0]).toMatchObject({ aliases: ["GDP", "生产总值"], en: ["GDP"] });
  });

  it("refuses one surface form naming two entities", () => {
    const lexicon = parseLexicon(
      { entities: [{ name: "甲研究院", type: "Institution", aliases: ["研究院甲"] }, { name: "乙公司", type: "Enterprise", aliases: ["研究院甲"] }] },
      "l.json",
    );
    const error = thrown(() => buildLexiconIndex(lexicon));
    expect(isKgError(error, "INPUT_INVALID")).toBe(true);
    expect(String((error as Error).message)).toContain("研究院甲");
  });

  it("refuses an entity listed twice", () => {
    const lexicon = parseLexicon({ entities: [{ name: "甲", type: "Area" }, { name: "甲", type: "Area" }] }, "l.json");
    expect(() => buildLexiconIndex(lexicon)).toThrow(/entities\[1\].*listed twice/);
  });

  it("accepts the fixture and finds every occurrence, overlapping ones included", () => {
    expect(() => parseLexicon(LEXICON_JSON, "fixture")).not.toThrow();
    const keys = fixtureLexicon()
      .trie.findAll("济南中央活力区")
      .map((m) => m.key);
    expect(keys).toEqual(["济南", "济南中央活力区", "中央活力区", "活力区"]);
  });

  it("matches Latin aliases only as whole words", () => {
    const index = fixtureLexicon();
    expect(index.trie.findAll("全区GDP增速").map((m) => m.key)).toEqual(["gdp"]);
    expect(index.trie.findAll("GDPR合规")).toEqual([]);
  });
});
