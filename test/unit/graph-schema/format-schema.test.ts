import { describe, expect, it } from "vitest";
import { formatSchemaJson, formatSchemaMarkdown, propertyTypes, valueTypeName, type GraphSchema } from "../../../src/graph-schema/index.ts";

const schema: GraphSchema = {
  labels: [
    {
      label: "Milestone",
      count: 18,
      properties: [
        { name: "id", types: ["string"], count: 18 },
        { name: "year", types: ["integer"], count: 12 },
      ],
    },
  ],
  relationshipTypes: [
    { type: "HAS_MILESTONE", count: 18, patterns: [{ from: "Entity", to: "Milestone", count: 18 }], properties: [] },
    { type: "SERVES", count: 4, patterns: [{ from: "Entity", to: "Entity", count: 4 }], properties: [{ name: "evidenceQuotes", types: ["string[]"], count: 4 }] },
  ],
};

describe("schema formatting", () => {
  it("prints Markdown tables with counts", () => {
    const md = formatSchemaMarkdown(schema, { counts: true });
    expect(md).toContain("| `:Milestone` | 18 | `id` string (18), `year` integer optional (12) |");
    expect(md).toContain("| `:HAS_MILESTONE` | 18 | `(:Entity)-[:HAS_MILESTONE]->(:Milestone)` (18) | – |");
    expect(md).toContain("| `:SERVES` | 4 | `(:Entity)-[:SERVES]->(:Entity)` (4) | `evidenceQuotes` string[] (4) |");
  });

  it("leaves every count out when asked (the README's text)", () => {
    const md = formatSchemaMarkdown(schema, { counts: false });
    expect(md).toContain("| `:Milestone` | `id` string, `year` integer optional |");
    expect(md).not.toMatch(/\d/);
    expect(JSON.parse(formatSchemaJson(schema, { counts: false }))).toEqual({
      labels: [{ label: "Milestone", properties: [{ name: "id", types: ["string"] }, { name: "year", types: ["integer"] }] }],
      relationshipTypes: [
        { type: "HAS_MILESTONE", patterns: [{ from: "Entity", to: "Milestone" }], properties: [] },
        { type: "SERVES", patterns: [{ from: "Entity", to: "Entity" }], properties: [{ name: "evidenceQuotes", types: ["string[]"] }] },
      ],
    });
  });

  it("simplifies Cypher value types", () => {
    expect(valueTypeName("LIST<STRING NOT NULL> NOT NULL")).toBe("string[]");
    expect(valueTypeName("INTEGER NOT NULL")).toBe("integer");
    expect(valueTypeName("LIST<NOTHING> NOT NULL")).toBe("empty list");
    expect(propertyTypes(["LIST<NOTHING> NOT NULL", "LIST<STRING NOT NULL> NOT NULL"])).toEqual(["string[]"]);
    expect(propertyTypes(["INTEGER NOT NULL", "FLOAT NOT NULL"])).toEqual(["float", "integer"]);
  });
});
