/** Turns the rows every ask query returns into answer items, evidence deduplicated. */
import type { AskEvidence, AskItem } from "./ask-result.ts";

/** The columns every ask query returns. */
export interface AskRow extends Pick<AskItem, "name" | "type" | "entityId" | "value" | "unit" | "year" | "text"> {
  readonly relations: readonly (string | null)[] | null;
  readonly vias: readonly (string | null)[] | null;
  readonly kind: string | null;
  readonly evidence: readonly Partial<Record<keyof AskEvidence, string | null>>[] | null;
}

/** One item per row. */
export function rowsToItems(rows: readonly AskRow[]): AskItem[] {
  return rows.map((row) => ({
    name: row.name,
    type: row.type,
    entityId: row.entityId,
    value: typeof row.value === "number" ? row.value : null,
    unit: row.unit,
    year: typeof row.year === "number" ? row.year : null,
    text: row.text,
    relation: joinUnique(row.relations),
    via: joinUnique(row.vias),
    kind: row.kind,
    evidence: dedupeEvidence(row.evidence ?? []),
  }));
}

function joinUnique(values: readonly (string | null)[] | null): string | null {
  const unique = [...new Set((values ?? []).filter((v): v is string => typeof v === "string" && v.length > 0))];
  return unique.length > 0 ? unique.join(", ") : null;
}

function dedupeEvidence(list: readonly Partial<Record<keyof AskEvidence, string | null>>[]): AskEvidence[] {
  const seen = new Set<string>();
  const out: AskEvidence[] = [];
  for (const e of list) {
    if (!e.quote || !e.documentId) continue;
    const key = `${e.documentId}\u0000${e.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      quote: e.quote,
      documentId: e.documentId,
      documentTitle: e.documentTitle ?? null,
      publishedAt: e.publishedAt ? e.publishedAt : null,
      sentenceId: e.sentenceId ?? `${e.documentId}#?`,
      rule: e.rule ?? "unknown",
    });
  }
  return out;
}
