/**
 * The Cypher that writes one document's facts. Every builder returns `{cypher, params}`;
 * values always travel as parameters, labels and relationship types included (dynamic labels).
 */
import type { CypherQuery } from "../../src/db/index.ts";
import type { Entity, ExtractedDocument } from "../model.ts";
import { int } from "./neo4j-int.ts";
import { indicatorRows, milestoneRows, relationRows, sentenceId } from "./evidence-rows.ts";

// Appends a row's evidence to the parallel evidence lists of `x` (a relationship or node).
const APPEND_EVIDENCE = (x: string) => `
  SET ${x}.evidenceQuotes = coalesce(${x}.evidenceQuotes, []) + row.evidence.quote,
      ${x}.evidenceDocumentIds = coalesce(${x}.evidenceDocumentIds, []) + row.evidence.documentId,
      ${x}.evidenceDocumentTitles = coalesce(${x}.evidenceDocumentTitles, []) + row.evidence.documentTitle,
      ${x}.evidencePublishedAts = coalesce(${x}.evidencePublishedAts, []) + row.evidence.publishedAt,
      ${x}.evidenceSentenceIds = coalesce(${x}.evidenceSentenceIds, []) + row.evidence.sentenceId,
      ${x}.evidenceRules = coalesce(${x}.evidenceRules, []) + row.evidence.rule`;

// Keeps only the evidence of `x` that does not come from document $documentId.
// A value or milestone stated in several sentences keeps the words of one that states its period; it is
// "inferred" only while no sentence states it.
const PERIOD_ON_CREATE = (x: string) => `${x}.period = row.period, ${x}.periodText = row.periodText, ${x}.periodInferred = row.periodInferred`;
const PERIOD_ON_MATCH = (x: string) => `
  ${x}.periodText = CASE WHEN ${x}.periodInferred AND NOT row.periodInferred THEN row.periodText ELSE ${x}.periodText END,
  ${x}.periodInferred = ${x}.periodInferred AND row.periodInferred`;

const DROP_EVIDENCE = (x: string) => `
  WITH ${x}, [i IN range(0, size(${x}.evidenceDocumentIds) - 1) WHERE ${x}.evidenceDocumentIds[i] <> $documentId] AS keep
  SET ${x}.evidenceQuotes = [i IN keep | ${x}.evidenceQuotes[i]],
      ${x}.evidenceDocumentTitles = [i IN keep | ${x}.evidenceDocumentTitles[i]],
      ${x}.evidencePublishedAts = [i IN keep | ${x}.evidencePublishedAts[i]],
      ${x}.evidenceSentenceIds = [i IN keep | ${x}.evidenceSentenceIds[i]],
      ${x}.evidenceRules = [i IN keep | ${x}.evidenceRules[i]],
      ${x}.evidenceDocumentIds = [i IN keep | ${x}.evidenceDocumentIds[i]]`;

// A relationship's `year` is the earliest its evidence states; `evidenceYears` (0: the sentence states none) runs
// parallel to the evidence lists so that a removal can recompute it from the evidence that stays.
const APPEND_YEAR = (x: string) => `
  SET ${x}.evidenceYears = CASE WHEN ${x}.evidenceYears IS NULL THEN [_ IN coalesce(${x}.evidenceDocumentIds, []) | 0] ELSE ${x}.evidenceYears END
                           + coalesce(row.year, 0)`;
const DROP_YEAR = (x: string) => `
  WITH ${x}, [i IN range(0, size(${x}.evidenceDocumentIds) - 1) WHERE ${x}.evidenceDocumentIds[i] <> $documentId] AS keep
  WITH ${x}, CASE WHEN ${x}.evidenceYears IS NULL THEN null ELSE [i IN keep | ${x}.evidenceYears[i]] END AS years
  SET ${x}.evidenceYears = years,
      ${x}.year = CASE WHEN years IS NULL THEN ${x}.year
                       ELSE reduce(earliest = null, y IN years | CASE WHEN y > 0 AND (earliest IS NULL OR y < earliest) THEN y ELSE earliest END) END`;

/** Removes everything document `documentId` contributed; facts also seen elsewhere keep their other evidence. */
export function removeDocumentQueries(documentId: string): CypherQuery[] {
  const params = { documentId };
  return [
    {
      cypher: `MATCH ()-[r]->() WHERE $documentId IN r.evidenceDocumentIds ${DROP_YEAR("r")} ${DROP_EVIDENCE("r")}
               WITH r WHERE size(r.evidenceDocumentIds) = 0 DELETE r`,
      params,
    },
    {
      cypher: `MATCH (v) WHERE (v:IndicatorValue OR v:Milestone) AND $documentId IN v.evidenceDocumentIds ${DROP_EVIDENCE("v")}
               WITH v WHERE size(v.evidenceDocumentIds) = 0 DETACH DELETE v`,
      params,
    },
    { cypher: "MATCH (s:Sentence {documentId: $documentId}) DETACH DELETE s WITH count(*) AS _ MATCH (d:Document {id: $documentId}) DETACH DELETE d", params },
    // Entities nobody mentions any more, and that no fact still uses, go with the document.
    { cypher: "MATCH (e:Entity) WHERE NOT (e)--() DELETE e", params },
    // The old text may have taken surface forms with it: every entity's aliases are recomputed.
    refreshAliases(),
  ];
}

/** The curated aliases of an entity: the same for every document, so that no document's load overwrites another's. */
export type CuratedAliasesOf = (entity: Entity) => readonly string[];

/**
 * Writes one extracted document: document, sentences, entities, mentions, relations, values, milestones.
 * `curatedAliasesOf` gives `curatedAliases` (default: the entity's aliases as this document saw them).
 */
export function writeDocumentQueries(doc: ExtractedDocument, extractorHash: string, curatedAliasesOf: CuratedAliasesOf = (e) => e.aliases): CypherQuery[] {
  const d = doc.document;
  const queries: CypherQuery[] = [
    {
      cypher: `CREATE (d:Document {id: $id}) SET d += $props`,
      params: {
        id: d.id,
        props: {
          title: d.title,
          publishedAt: d.publishedAt,
          kind: d.kind,
          place: d.place,
          sha256: d.sha256,
          source: d.source,
          encoding: d.encoding,
          charCount: int(d.text.length),
          sentenceCount: int(doc.sentences.length),
          extractorHash,
        },
      },
    },
    {
      cypher: `MATCH (d:Document {id: $documentId})
               UNWIND $rows AS row
               CREATE (s:Sentence {id: row.id, documentId: $documentId, index: row.index, text: row.text,
                                   heading: row.heading, start: row.start, end: row.end, isAside: row.isAside})
               CREATE (s)-[:IN_DOCUMENT]->(d)`,
      params: {
        documentId: d.id,
        rows: doc.sentences.map((s) => ({
          id: sentenceId(d.id, s.index),
          index: int(s.index),
          text: s.text,
          heading: s.heading,
          start: int(s.originalStart),
          end: int(s.originalEnd),
          isAside: s.isAside,
        })),
      },
    },
  ];
  queries.push(mergeEntities(doc.entities, curatedAliasesOf));
  const firstMention = new Map<string, number>();
  doc.mentions.forEach((m, i) => firstMention.has(m.entityId) || firstMention.set(m.entityId, i));
  const surfacesOf = new Map<string, Set<string>>();
  for (const m of doc.mentions) surfacesOf.set(m.entityId, (surfacesOf.get(m.entityId) ?? new Set()).add(m.surface));
  const derivedNames = new Map(
    doc.entities.map((e) => [e.id, e.aliases.filter((a) => !(surfacesOf.get(e.id)?.has(a) ?? false) && !curatedAliasesOf(e).includes(a))]),
  );
  queries.push({
    cypher: `UNWIND $rows AS row
             MATCH (e:Entity {id: row.entityId}), (s:Sentence {id: row.sentenceId})
             CREATE (e)-[:MENTIONED_IN {surface: row.surface, start: row.start, end: row.end, source: row.source, derived: row.derived}]->(s)`,
    params: {
      rows: doc.mentions.map((m, i) => ({
        entityId: m.entityId,
        sentenceId: sentenceId(d.id, m.sentenceIndex),
        surface: m.surface,
        start: int(m.start),
        end: int(m.end),
        source: m.source,
        // The names the extractor derived for the entity (某某节 for 第五届某某节, 某某 for 某某产业) ride on its first
        // mention in this document, so they leave the graph with the document.
        derived: firstMention.get(m.entityId) === i ? (derivedNames.get(m.entityId) ?? []) : [],
      })),
    },
  });
  queries.push(mergeRelations(relationRows(doc)));
  queries.push({
    cypher: `UNWIND $rows AS row
             MATCH (subject:Entity {id: row.subjectId})
             MERGE (v:IndicatorValue {id: row.id})
               ON CREATE SET v.metric = row.metric, v.value = row.value, v.unit = row.unit, v.year = row.year, v.kind = row.kind,
                 v.measure = row.measure, ${PERIOD_ON_CREATE("v")}
               ON MATCH SET ${PERIOD_ON_MATCH("v")}
             MERGE (subject)-[:HAS_VALUE]->(v)
             WITH v, row
             OPTIONAL MATCH (indicator:Indicator {name: row.metric})
             FOREACH (_ IN CASE WHEN indicator IS NULL THEN [] ELSE [1] END | MERGE (v)-[:MEASURES]->(indicator))
             ${APPEND_EVIDENCE("v")}`,
    params: { rows: indicatorRows(doc) },
  });
  queries.push({
    cypher: `UNWIND $rows AS row
             MATCH (p:Entity {id: row.projectId})
             MERGE (m:Milestone {id: row.id})
               ON CREATE SET m.status = row.status, m.year = row.year, ${PERIOD_ON_CREATE("m")}
               ON MATCH SET ${PERIOD_ON_MATCH("m")}
             MERGE (p)-[:HAS_MILESTONE]->(m)
             ${APPEND_EVIDENCE("m")}`,
    params: { rows: milestoneRows(doc) },
  });
  queries.push(addAliases(doc, derivedNames, curatedAliasesOf));
  return queries;
}

function mergeEntities(entities: ExtractedDocument["entities"], curatedAliasesOf: CuratedAliasesOf): CypherQuery {
  return {
    // Dynamic labels ($(…)) need Neo4j 5.26+; the type values come from the contract's closed list.
    cypher: `CYPHER 5 UNWIND $rows AS row
             MERGE (e:Entity {id: row.id})
             SET e:$(row.type), e.name = row.name, e.type = row.type, e.en = row.en, e.source = row.source,
                 e.curatedAliases = row.curatedAliases`,
    params: {
      rows: entities.map((e) => ({ id: e.id, name: e.name, type: e.type, en: [...e.en], source: e.source, curatedAliases: [...curatedAliasesOf(e)] })),
    },
  };
}

function mergeRelations(rows: ReturnType<typeof relationRows>): CypherQuery {
  return {
    cypher: `CYPHER 5 UNWIND $rows AS row
             MATCH (a:Entity {id: row.fromId}), (b:Entity {id: row.toId})
             MERGE (a)-[r:$(row.type)]->(b)
             SET r.year = CASE WHEN row.year IS NULL THEN r.year WHEN r.year IS NULL OR row.year < r.year THEN row.year ELSE r.year END
             ${APPEND_YEAR("r")}
             ${APPEND_EVIDENCE("r")}`,
    params: { rows },
  };
}

/**
 * Adds what one document calls its entities to their `aliases`: its surface forms, the names derived from them, the
 * curated aliases and English names. After a removal (which recomputes every entity's aliases) this union equals a
 * full recompute, and it costs what the entity's aliases cost, not what all its mentions in the graph cost.
 */
function addAliases(doc: ExtractedDocument, derivedNames: ReadonlyMap<string, readonly string[]>, curatedAliasesOf: CuratedAliasesOf): CypherQuery {
  const namesOf = new Map<string, Set<string>>(doc.entities.map((e) => [e.id, new Set([...(derivedNames.get(e.id) ?? []), ...curatedAliasesOf(e), ...e.en])]));
  for (const m of doc.mentions) namesOf.get(m.entityId)?.add(m.surface);
  return {
    cypher: `UNWIND $rows AS row
             MATCH (e:Entity {id: row.id})
             CALL {
               WITH e, row
               UNWIND coalesce(e.aliases, []) + row.names AS alias
               WITH e, alias WHERE alias <> e.name
               WITH DISTINCT alias ORDER BY alias
               RETURN collect(alias) AS aliases
             }
             SET e.aliases = aliases`,
    params: { rows: [...namesOf].map(([id, names]) => ({ id, names: [...names] })) },
  };
}

/**
 * Recomputes every entity's `aliases` (after a removal): curated aliases, English names, surface forms still
 * mentioned and the names derived from them, sorted.
 */
function refreshAliases(): CypherQuery {
  return {
    cypher: `MATCH (e:Entity)
             CALL {
               WITH e
               OPTIONAL MATCH (e)-[m:MENTIONED_IN]->()
               WITH e, collect(m.surface) + reduce(d = [], x IN collect(m.derived) | d + x) + coalesce(e.curatedAliases, []) + coalesce(e.en, []) AS names
               UNWIND names AS alias
               WITH e, alias WHERE alias <> e.name
               WITH DISTINCT alias ORDER BY alias
               RETURN collect(alias) AS aliases
             }
             SET e.aliases = aliases`,
  };
}
