/** Reads the schema of the live graph by scanning it (exact counts, not the sampled db.schema procedures). */
import type { Db } from "../db/index.ts";
import type { GraphSchema, PropertySchema, RelationshipPattern } from "./graph-schema.ts";
import { nodeKind, propertyTypes } from "./value-type-name.ts";

interface OwnerCount {
  readonly owner: string;
  readonly count: number;
}
interface OwnerProperty {
  readonly owner: string;
  readonly key: string;
  readonly count: number;
  readonly types: string[];
}

/** Every label and relationship type with its properties, value types and counts. */
export async function readGraphSchema(db: Db): Promise<GraphSchema> {
  const labels = await db.rows<OwnerCount>({ cypher: "MATCH (n) UNWIND labels(n) AS owner RETURN owner, count(*) AS count" });
  const labelProps = await db.rows<OwnerProperty>({
    cypher: `MATCH (n) UNWIND labels(n) AS owner UNWIND keys(n) AS key
             RETURN owner, key, count(*) AS count, collect(DISTINCT valueType(n[key])) AS types`,
  });
  const types = await db.rows<OwnerCount>({ cypher: "MATCH ()-[r]->() RETURN type(r) AS owner, count(*) AS count" });
  const typeProps = await db.rows<OwnerProperty>({
    cypher: `MATCH ()-[r]->() UNWIND keys(r) AS key
             RETURN type(r) AS owner, key, count(*) AS count, collect(DISTINCT valueType(r[key])) AS types`,
  });
  const patterns = await db.rows<{ type: string; from: string[]; to: string[]; count: number }>({
    cypher: "MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS from, labels(b) AS to, count(*) AS count",
  });
  return {
    labels: sortBy(labels, (l) => l.owner).map((l) => ({ label: l.owner, count: l.count, properties: propertiesOf(l.owner, labelProps) })),
    relationshipTypes: sortBy(types, (t) => t.owner).map((t) => ({
      type: t.owner,
      count: t.count,
      patterns: patternsOf(t.owner, patterns),
      properties: propertiesOf(t.owner, typeProps),
    })),
  };
}

function propertiesOf(owner: string, rows: readonly OwnerProperty[]): PropertySchema[] {
  return sortBy(
    rows.filter((r) => r.owner === owner),
    (r) => r.key,
  ).map((r) => ({ name: r.key, types: propertyTypes(r.types), count: r.count }));
}

function patternsOf(type: string, rows: readonly { type: string; from: string[]; to: string[]; count: number }[]): RelationshipPattern[] {
  const counts = new Map<string, RelationshipPattern>();
  for (const row of rows.filter((r) => r.type === type)) {
    const from = nodeKind(row.from);
    const to = nodeKind(row.to);
    const key = `${from}\u0000${to}`;
    counts.set(key, { from, to, count: (counts.get(key)?.count ?? 0) + row.count });
  }
  return sortBy([...counts.values()], (p) => `${p.from}\u0000${p.to}`);
}

function sortBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
