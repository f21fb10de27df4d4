import { Record as Neo4jRecord } from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { recordToRow } from "../../../src/db/record-to-row.ts";

describe("record to row", () => {
  it("gives the object the driver's toObject gives, columns in order", () => {
    const record = new Neo4jRecord(["name", "evidence", "year", "none"], ["青禾产业园", [{ quote: "…" }], 2023, null]);
    const row = recordToRow<Record<string, unknown>>(record);
    expect(row).toEqual(record.toObject());
    expect(Object.keys(row)).toEqual(["name", "evidence", "year", "none"]);
  });

  it("gives an empty object for a record without columns", () => {
    expect(recordToRow(new Neo4jRecord([], []))).toEqual({});
  });
});
