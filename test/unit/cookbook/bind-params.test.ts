import { describe, expect, it } from "vitest";
import { bindParams, signature } from "../../../src/cookbook/bind-params.ts";
import { parseCookbookHeader } from "../../../src/cookbook/parse-cookbook-header.ts";

const query = parseCookbookHeader(
  "demo",
  `// Question (zh): 问
// Question (en): Q
// Param: target (string) — a name. Example: 中央商埠区
// Param: limit (integer, default 20) — rows. Example: 10
// Param: names (string[], default []) — names. Example: ["a"]
// Example: npx kg query demo --param target=x
RETURN 1`,
);

describe("bindParams", () => {
  it("fills defaults and keeps given values", () => {
    expect(bindParams(query, { target: "中央商埠区" })).toEqual({ target: "中央商埠区", limit: 20, names: [] });
    expect(bindParams(query, { target: "x", limit: 5, names: "a" })).toEqual({ target: "x", limit: 5, names: ["a"] });
  });

  it("reads a number given for a string parameter as the name it is", () => {
    expect(bindParams(query, { target: 2023 })).toMatchObject({ target: "2023" });
  });

  it("says which parameter is missing, with an example", () => {
    expect(() => bindParams(query, {})).toThrow("demo needs --param target=… (string: a name.), e.g. --param target=中央商埠区");
  });

  it("refuses unknown parameters and wrong types", () => {
    expect(() => bindParams(query, { target: "x", tagret: "y" })).toThrow(/has no parameter tagret\. It takes: target: string, limit: integer = 20/);
    expect(() => bindParams(query, { target: "x", limit: 2.5 })).toThrow(/must be an integer/);
  });

  it("describes the parameters", () => {
    expect(signature(query)).toBe("target: string, limit: integer = 20, names: string[] = []");
  });
});
