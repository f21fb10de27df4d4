/** Neo4j driver values (nodes, paths, temporals, integers…) turned into plain JSON values for output. */
import {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  isUnboundRelationship,
} from "neo4j-driver";

/** A value JSON can hold. */
export type PlainValue = null | boolean | number | string | readonly PlainValue[] | { readonly [key: string]: PlainValue };

/** One result row: column name → value. */
export type PlainRow = Readonly<Record<string, PlainValue>>;

/** Converts any value the driver returns into a plain value; graph elements become small objects. */
export function toPlainValue(value: unknown): PlainValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "bigint") return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isNode(value)) return { elementId: value.elementId, labels: [...value.labels].sort(), properties: plainMap(value.properties) };
  if (isRelationship(value)) {
    return {
      elementId: value.elementId,
      type: value.type,
      startElementId: value.startNodeElementId,
      endElementId: value.endNodeElementId,
      properties: plainMap(value.properties),
    };
  }
  if (isUnboundRelationship(value)) return { elementId: value.elementId, type: value.type, properties: plainMap(value.properties) };
  if (isPath(value)) {
    return {
      start: toPlainValue(value.start),
      segments: value.segments.map((s) => ({ relationship: toPlainValue(s.relationship), end: toPlainValue(s.end) })),
    };
  }
  // Temporal and spatial values print as their ISO / WKT-like strings, which Cypher can parse back.
  if (isDate(value) || isDateTime(value) || isLocalDateTime(value) || isLocalTime(value) || isTime(value) || isDuration(value) || isPoint(value)) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map(toPlainValue);
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  if (typeof value === "object") return plainMap(value as Record<string, unknown>);
  return String(value);
}

function plainMap(map: Record<string, unknown>): { [key: string]: PlainValue } {
  const out: { [key: string]: PlainValue } = {};
  for (const key of Object.keys(map)) out[key] = toPlainValue(map[key]);
  return out;
}
