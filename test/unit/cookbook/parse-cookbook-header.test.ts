import { describe, expect, it } from "vitest";
import { parseCookbookHeader } from "../../../src/cookbook/parse-cookbook-header.ts";

const TEXT = `// Question (zh): 哪些项目服务于某个区域？
// Question (en): Which projects serve an area?
// Param: target (string) — an area, by name or alias. Example: 中央商埠区
// Param: limit (integer, default 20) — how many rows. Example: 10
// Example: npx kg query demo --param target=中央商埠区
// A free note.
MATCH (n) RETURN n LIMIT $limit
`;

describe("parseCookbookHeader", () => {
  it("reads the questions, parameters with types, defaults and examples, and keeps the text", () => {
    const q = parseCookbookHeader("demo", TEXT);
    expect(q).toMatchObject({
      name: "demo",
      questionZh: "哪些项目服务于某个区域？",
      questionEn: "Which projects serve an area?",
      example: "npx kg query demo --param target=中央商埠区",
      cypher: TEXT,
    });
    expect(q.params).toEqual([
      { name: "target", type: "string", description: "an area, by name or alias.", example: "中央商埠区" },
      { name: "limit", type: "integer", description: "how many rows.", example: "10", default: 20 },
    ]);
  });

  it("reads a null default", () => {
    const q = parseCookbookHeader("d", TEXT.replace("(integer, default 20)", "(string, default null)"));
    expect(q.params[1]).toMatchObject({ type: "string", default: null });
  });

  it("names the file and line of a malformed Param line", () => {
    expect(() => parseCookbookHeader("demo", TEXT.replace("(string)", "(text)"))).toThrow(/cypher\/demo\.cypher line 3/);
  });

  it("requires both questions and an example", () => {
    expect(() => parseCookbookHeader("demo", TEXT.replace(/^\/\/ Question \(en\).*\n/m, ""))).toThrow(/lacks Question \(en\)/);
  });

  it("stops reading at the first line that is not a comment", () => {
    const q = parseCookbookHeader("demo", `${TEXT}// Param: late (string) — ignored. Example: x\n`);
    expect(q.params.map((p) => p.name)).toEqual(["target", "limit"]);
  });
});
