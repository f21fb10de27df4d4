import { describe, expect, it } from "vitest";
import { formatCsv } from "../../../src/cypher-tools/format-csv.ts";
import { formatJson } from "../../../src/cypher-tools/format-json.ts";
import { formatTable } from "../../../src/cypher-tools/format-table.ts";
import { resolveOutputFormat } from "../../../src/cypher-tools/output-format.ts";
import type { QueryResult } from "../../../src/cypher-tools/query-result.ts";

const result: QueryResult = {
  columns: ["name", "aliases", "n", "note"],
  rows: [
    { name: "济南中央活力区", aliases: ["中央活力区", "CVA"], n: 3, note: 'says "hi", twice' },
    { name: "市中区", aliases: [], n: null, note: { a: 1 } },
  ],
};

describe("output formats", () => {
  it("CSV quotes what needs it and joins lists with |", () => {
    expect(formatCsv(result)).toBe('name,aliases,n,note\n济南中央活力区,中央活力区|CVA,3,"says ""hi"", twice"\n市中区,,,"{""a"":1}"\n');
  });

  it("JSON is an array of objects with keys in column order", () => {
    expect(JSON.parse(formatJson(result))).toEqual([
      { name: "济南中央活力区", aliases: ["中央活力区", "CVA"], n: 3, note: 'says "hi", twice' },
      { name: "市中区", aliases: [], n: null, note: { a: 1 } },
    ]);
  });

  it("a table shows every column and row, and says when there are none", () => {
    const table = formatTable(result);
    expect(table).toContain("济南中央活力区");
    expect(table).toContain("中央活力区, CVA");
    expect(formatTable({ columns: ["x"], rows: [] })).toBe("(no rows) columns: x\n");
  });

  it("defaults to a table on a terminal and JSON when piped", () => {
    expect(resolveOutputFormat(undefined, true)).toBe("table");
    expect(resolveOutputFormat(undefined, false)).toBe("json");
    expect(resolveOutputFormat("csv", true)).toBe("csv");
    expect(() => resolveOutputFormat("xml", true)).toThrow(/table, json, csv/);
  });
});
