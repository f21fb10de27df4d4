/**
 * JavaScript numbers reach Neo4j as floats, and `LIMIT 5.0` or `range(1, 2.0)` are errors. Whole numbers
 * from the command line are meant as integers, so they travel as Neo4j integers; 2.5 stays a float.
 */
import neo4j from "neo4j-driver";

/** Converts whole numbers, also inside lists and maps, to Neo4j integers. */
export function toCypherValue(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, toCypherValue(v)]));
  }
  return value;
}

/** Converts every parameter of a map. */
export function toCypherParams(params: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, toCypherValue(v)]));
}
