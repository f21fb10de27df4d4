/** Whole numbers sent as Neo4j integers: the driver sends a JS number as a float, so `year` would read "2021.0". */
import neo4j, { type Integer } from "neo4j-driver";

/** `n` as a Neo4j Integer, null kept. */
export function int(n: number): Integer;
export function int(n: number | null): Integer | null;
export function int(n: number | null): Integer | null {
  return n === null ? null : neo4j.int(n);
}
