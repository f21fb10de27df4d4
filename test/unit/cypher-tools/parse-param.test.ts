import { describe, expect, it } from "vitest";
import { isInt } from "neo4j-driver";
import { paramsFrom, parseParam } from "../../../src/cypher-tools/parse-param.ts";
import { toCypherParams } from "../../../src/cypher-tools/cypher-param-value.ts";

describe("parseParam", () => {
  it("reads JSON values and falls back to text", () => {
    expect(parseParam("limit=5")).toEqual({ name: "limit", value: 5 });
    expect(parseParam("flag=true")).toEqual({ name: "flag", value: true });
    expect(parseParam('names=["中央活力区","商埠区"]')).toEqual({ name: "names", value: ["中央活力区", "商埠区"] });
    expect(parseParam("name=中央活力区")).toEqual({ name: "name", value: "中央活力区" });
    expect(parseParam('year="2023"')).toEqual({ name: "year", value: "2023" });
    expect(parseParam("empty=")).toEqual({ name: "empty", value: "" });
    expect(parseParam("expr=a=b")).toEqual({ name: "expr", value: "a=b" });
  });

  it("rejects a missing = or a bad name, saying what it should look like", () => {
    expect(() => parseParam("limit")).toThrow(/name=value/);
    expect(() => parseParam("1x=2")).toThrow(/name=value/);
  });

  it("refuses a name given twice", () => {
    expect(() => paramsFrom(["a=1", "a=2"])).toThrow(/given twice/);
    expect(paramsFrom(["a=1", "b=x"])).toEqual({ a: 1, b: "x" });
  });

  it("sends whole numbers as Neo4j integers, also nested, and keeps fractions as floats", () => {
    const params = toCypherParams({ limit: 5, ratio: 2.5, list: [1, 2], map: { n: 3 }, text: "7" });
    expect(isInt(params.limit)).toBe(true);
    expect(params.ratio).toBe(2.5);
    expect((params.list as unknown[]).every(isInt)).toBe(true);
    expect(isInt((params.map as Record<string, unknown>).n)).toBe(true);
    expect(params.text).toBe("7");
  });
});
