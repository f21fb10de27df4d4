/** Reads everything `kg export` writes from the graph, in one read per kind. */
import type { Db } from "../db/index.ts";
import { byId, compareText, zipEvidence, type EvidenceLists } from "./evidence-list.ts";
import type { ExportDocument, GraphExport } from "./graph-export.ts";

const EVIDENCE = (x: string) =>
  `${x}.evidenceDocumentIds AS evidenceDocumentIds, ${x}.evidenceDocumentTitles AS evidenceDocumentTitles,
   ${x}.evidencePublishedAts AS evidencePublishedAts, ${x}.evidenceSentenceIds AS evidenceSentenceIds,
   ${x}.evidenceQuotes AS evidenceQuotes, ${x}.evidenceRules AS evidenceRules`;

/** The graph as plain, sorted records. */
export async function readGraphExport(db: Db): Promise<GraphExport> {
  const documents = await db.rows<ExportDocument>({
    cypher: `MATCH (d:Document)
             RETURN d.id AS id, d.title AS title, d.publishedAt AS publishedAt, d.kind AS kind, d.source AS source,
                    d.sha256 AS sha256, d.charCount AS charCount, d.sentenceCount AS sentenceCount`,
  });
  const mentions = await db.rows<{ entityId: string; documentId: string; count: number }>({
    cypher: "MATCH (e:Entity)-[:MENTIONED_IN]->(s:Sentence) RETURN e.id AS entityId, s.documentId AS documentId, count(*) AS count",
  });
  const entities = await db.rows<{ id: string; name: string; type: string; aliases: string[] | null; en: string[] | null; source: string }>({
    cypher: "MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.en AS en, e.source AS source",
  });
  const relations = await db.rows<{ type: string; from: string; to: string; fromName: string; toName: string; year: number | null } & EvidenceLists>({
    cypher: `MATCH (a:Entity)-[r]->(b:Entity)
             RETURN type(r) AS type, a.id AS from, b.id AS to, a.name AS fromName, b.name AS toName, r.year AS year, ${EVIDENCE("r")}`,
  });
  const values = await db.rows<
    { id: string; subjectId: string; subjectName: string; indicatorId: string | null; metric: string; value: number; unit: string; year: number | null; kind: string } & EvidenceLists
  >({
    cypher: `MATCH (s:Entity)-[:HAS_VALUE]->(v:IndicatorValue)
             OPTIONAL MATCH (v)-[:MEASURES]->(i:Indicator)
             RETURN v.id AS id, s.id AS subjectId, s.name AS subjectName, i.id AS indicatorId, v.metric AS metric, v.value AS value,
                    v.unit AS unit, v.year AS year, v.kind AS kind, ${EVIDENCE("v")}`,
  });
  const milestones = await db.rows<{ id: string; projectId: string; projectName: string; status: string; year: number | null } & EvidenceLists>({
    cypher: `MATCH (p:Entity)-[:HAS_MILESTONE]->(m:Milestone)
             RETURN m.id AS id, p.id AS projectId, p.name AS projectName, m.status AS status, m.year AS year, ${EVIDENCE("m")}`,
  });

  const byEntity = new Map<string, { count: number; documents: string[] }>();
  for (const m of mentions) {
    const entry = byEntity.get(m.entityId) ?? { count: 0, documents: [] };
    entry.count += m.count;
    entry.documents.push(m.documentId);
    byEntity.set(m.entityId, entry);
  }
  return {
    documents: byId(documents.map((d) => ({ ...d, publishedAt: d.publishedAt ?? null }))),
    entities: byId(
      entities.map((e) => ({
        id: e.id,
        name: e.name,
        type: e.type,
        aliases: [...(e.aliases ?? [])].sort(compareText),
        en: [...(e.en ?? [])].sort(compareText),
        source: e.source,
        mentionCount: byEntity.get(e.id)?.count ?? 0,
        documentIds: [...(byEntity.get(e.id)?.documents ?? [])].sort(compareText),
      })),
    ),
    relations: byId(
      relations.map((r) => ({
        id: `${r.from}|${r.type}|${r.to}`,
        type: r.type,
        from: r.from,
        to: r.to,
        fromName: r.fromName,
        toName: r.toName,
        year: r.year ?? null,
        evidence: zipEvidence(r),
      })),
    ),
    mentions: byId(mentions.map((m) => ({ id: `${m.entityId}|${m.documentId}`, ...m }))),
    indicatorValues: byId(
      values.map((v) => ({
        id: v.id,
        subjectId: v.subjectId,
        subjectName: v.subjectName,
        indicatorId: v.indicatorId ?? null,
        metric: v.metric,
        value: v.value,
        unit: v.unit,
        year: v.year ?? null,
        kind: v.kind,
        evidence: zipEvidence(v),
      })),
    ),
    milestones: byId(
      milestones.map((m) => ({ id: m.id, projectId: m.projectId, projectName: m.projectName, status: m.status, year: m.year ?? null, evidence: zipEvidence(m) })),
    ),
  };
}
