/**
 * JSON Lines: one record per line, each with a `record` field (document, entity, relation, mention, indicatorValue,
 * milestone), in that order and each sorted by id. Read with `pd.read_json(path, lines=True)` and filter on `record`.
 */
import type { GraphExport } from "./graph-export.ts";

/** The whole graph as JSON Lines. */
export function writeJsonl(graph: GraphExport): string {
  const lines: string[] = [];
  const add = (record: string, records: readonly object[]) => {
    for (const r of records) lines.push(JSON.stringify({ record, ...r }));
  };
  add("document", graph.documents);
  add("entity", graph.entities);
  add("relation", graph.relations);
  add("mention", graph.mentions);
  add("indicatorValue", graph.indicatorValues);
  add("milestone", graph.milestones);
  return `${lines.join("\n")}\n`;
}
