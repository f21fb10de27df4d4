/** The schema as Markdown (for people and the README) or JSON (for programs); counts optional. */
import type { GraphSchema, PropertySchema } from "./graph-schema.ts";

/** Whether to print counts: off for text that should not change when the data does (the README). */
export interface SchemaFormatOptions {
  readonly counts: boolean;
}

/**
 * Two tables: node labels and relationship types, each with its properties as "`name` type", marked "optional"
 * when some nodes or relationships lack it. Example row: | `:Milestone` | 18 | `id` string (18), `year` integer optional (12), … |
 */
export function formatSchemaMarkdown(schema: GraphSchema, options: SchemaFormatOptions): string {
  const { counts } = options;
  const lines = ["### Node labels", "", counts ? "| label | nodes | properties |" : "| label | properties |", counts ? "|---|---:|---|" : "|---|---|"];
  for (const l of schema.labels) {
    lines.push(row([`\`:${l.label}\``, ...(counts ? [String(l.count)] : []), properties(l.properties, l.count, counts)]));
  }
  lines.push("", "### Relationship types", "");
  lines.push(counts ? "| type | relationships | pattern | properties |" : "| type | pattern | properties |", counts ? "|---|---:|---|---|" : "|---|---|---|");
  for (const t of schema.relationshipTypes) {
    const patterns = t.patterns.map((p) => `\`(:${p.from})-[:${t.type}]->(:${p.to})\`${counts ? ` (${p.count})` : ""}`).join("<br>");
    lines.push(row([`\`:${t.type}\``, ...(counts ? [String(t.count)] : []), patterns, properties(t.properties, t.count, counts) || "–"]));
  }
  return `${lines.join("\n")}\n`;
}

/** JSON of the schema; without counts, every `count` is left out. */
export function formatSchemaJson(schema: GraphSchema, options: SchemaFormatOptions): string {
  const json = JSON.stringify(schema, (key, value: unknown) => (!options.counts && key === "count" ? undefined : value), 2);
  return `${json}\n`;
}

// A property some nodes or relationships lack is marked "optional": that holds however much data there is.
function properties(props: readonly PropertySchema[], ownerCount: number, counts: boolean): string {
  return props
    .map((p) => `\`${p.name}\` ${p.types.join(" or ")}${p.count < ownerCount ? " optional" : ""}${counts ? ` (${p.count})` : ""}`)
    .join(", ");
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}
