/**
 * The explorer's GraphQL operations (semantic fields of schema/graphql/semantic.graphql) and their
 * mapping into the view model. Every request is a JSON POST to /graphql.
 */
import { requestGraphql } from "./graphql-client.ts";
import type {
  EdgeView,
  EntityView,
  EvidenceView,
  MilestoneView,
  NeighbourhoodView,
  NodeView,
  RelationView,
  SearchHitView,
  SeriesLineView,
  SeriesPointView,
} from "./view-model.ts";

interface EntityData {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly aliases?: readonly string[];
}

interface EvidenceData {
  readonly quote: string;
  readonly documentTitle: string | null;
  readonly publishedAt: string | null;
}

interface HopData {
  readonly from: EntityData;
  readonly relation: string;
  readonly to: EntityData;
  readonly year: number | null;
  readonly evidence: readonly EvidenceData[];
}

interface RelatedData {
  readonly entity: EntityData;
  readonly distance: number;
  readonly path: readonly HopData[];
}

const EVIDENCE_FIELDS = "evidence { quote documentTitle publishedAt }";
const HOP_FIELDS = `from { id name type aliases } relation to { id name type aliases } year ${EVIDENCE_FIELDS}`;

/** Search by Chinese name, alias, English name or part of one; best first. */
export const SEARCH_QUERY = `query ExplorerSearch($query: String!) {
  search(query: $query, limit: 8) { entity { id name type aliases } score matchedBy matched }
}`;

/** An entity and everything within `depth` relations of it, with the hops that reach each. */
export const NEIGHBOURHOOD_QUERY = `query ExplorerNeighbourhood($name: String!, $depth: Int!) {
  entity(name: $name) { id name type aliases }
  related(name: $name, depth: $depth, limit: 80) { entity { id name type } distance path { ${HOP_FIELDS} } }
}`;

/** An entity's own relations (one hop), with evidence, for the side panel. */
export const ENTITY_QUERY = `query ExplorerEntity($name: String!) {
  entity(name: $name) { id name type aliases }
  related(name: $name, depth: 1, limit: 100) { entity { id name type } distance path { ${HOP_FIELDS} } }
}`;

/** A project's milestones. */
export const TIMELINE_QUERY = `query ExplorerTimeline($name: String!) {
  timeline(name: $name) { latestStatus milestones { status year period periodText periodInferred reportedAt ${EVIDENCE_FIELDS} } }
}`;

/** An indicator's series (one per subject, measure, unit, whole years vs parts of years) by period. */
export const INDICATOR_QUERY = `query ExplorerIndicator($metric: String!) {
  indicatorSeries(metric: $metric) {
    metric
    series {
      subject { name } measure unit partial
      periods {
        actual estimate target
        values { value unit year period periodText periodInferred partial kind measure subject { name } ${EVIDENCE_FIELDS} }
      }
    }
  }
}`;

interface SeriesValueData {
  readonly value: number;
  readonly unit: string;
  readonly year: number | null;
  readonly period: string | null;
  readonly periodText: string;
  readonly periodInferred: boolean;
  readonly partial: boolean;
  readonly kind: string;
  readonly measure: string;
  readonly subject: { readonly name: string } | null;
  readonly evidence: readonly EvidenceData[];
}

type SeriesPeriodData = { readonly values: readonly SeriesValueData[] } & Readonly<Record<"actual" | "estimate" | "target", number | null>>;

interface SeriesLineData {
  readonly subject: { readonly name: string } | null;
  readonly measure: string;
  readonly unit: string;
  readonly partial: boolean;
  readonly periods: readonly SeriesPeriodData[];
}

/** Entities matching a search text. */
export async function searchEntities(query: string): Promise<readonly SearchHitView[]> {
  const data = await requestGraphql<{ search: readonly { entity: EntityData }[] }>(SEARCH_QUERY, { query });
  return data.search.map((hit) => ({ ...toNode(hit.entity), aliases: hit.entity.aliases ?? [] }));
}

/** The drawing around an entity (null when the name means nothing). */
export async function loadNeighbourhood(name: string, depth: number): Promise<NeighbourhoodView | null> {
  const data = await requestGraphql<{ entity: EntityData | null; related: readonly RelatedData[] }>(NEIGHBOURHOOD_QUERY, { name, depth });
  if (data.entity === null) return null;
  const center = toNode(data.entity);
  const nodes = new Map<string, NodeView>([[center.id, center]]);
  const edges = new Map<string, EdgeView>();
  for (const related of data.related) {
    for (const hop of related.path) {
      nodes.set(hop.from.id, nodes.get(hop.from.id) ?? toNode(hop.from));
      nodes.set(hop.to.id, nodes.get(hop.to.id) ?? toNode(hop.to));
      const id = `${hop.from.id}|${hop.relation}|${hop.to.id}`;
      if (!edges.has(id)) {
        edges.set(id, { id, source: hop.from.id, target: hop.to.id, type: hop.relation, year: hop.year, evidence: hop.evidence.map(toEvidence) });
      }
    }
  }
  return { center, nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** An entity with its relations (null when the name means nothing). */
export async function loadEntity(name: string): Promise<EntityView | null> {
  const data = await requestGraphql<{ entity: EntityData | null; related: readonly RelatedData[] }>(ENTITY_QUERY, { name });
  if (data.entity === null) return null;
  const self = data.entity;
  const relations: RelationView[] = [];
  for (const related of data.related) {
    const hop = related.path[0];
    if (hop === undefined || related.path.length !== 1) continue;
    const direction = hop.from.id === self.id ? "out" : "in";
    const other = direction === "out" ? hop.to : hop.from;
    relations.push({
      type: hop.relation,
      direction,
      other: toNode(other),
      otherAliases: other.aliases ?? [],
      year: hop.year,
      evidence: hop.evidence.map(toEvidence),
    });
  }
  return { ...toNode(self), aliases: self.aliases ?? [], relations };
}

/** A project's milestones (empty when the documents state none). */
export async function loadTimeline(name: string): Promise<readonly MilestoneView[]> {
  const data = await requestGraphql<{
    timeline: {
      milestones: readonly {
        status: string;
        year: number | null;
        period: string | null;
        periodText: string;
        periodInferred: boolean;
        evidence: readonly EvidenceData[];
      }[];
    } | null;
  }>(TIMELINE_QUERY, { name });
  return (data.timeline?.milestones ?? []).map((m) => ({
    status: m.status,
    year: m.year,
    period: m.period,
    periodText: m.periodText,
    periodInferred: m.periodInferred,
    evidence: m.evidence.map(toEvidence),
  }));
}

/** An indicator's series (empty when the documents state no value). */
export async function loadIndicatorSeries(metric: string): Promise<readonly SeriesLineView[]> {
  const data = await requestGraphql<{ indicatorSeries: { series: readonly SeriesLineData[] } | null }>(INDICATOR_QUERY, { metric });
  return (data.indicatorSeries?.series ?? []).map((line) => ({
    subject: line.subject?.name ?? null,
    measure: line.measure,
    unit: line.unit,
    partial: line.partial,
    points: line.periods.flatMap((period) => {
      // When documents disagree, the API picks one figure per kind (the most recent report's); the chart draws that one.
      const picked = new Set<string>();
      return period.values.map((v): SeriesPointView => {
        const chosen = (v.kind === "actual" || v.kind === "estimate" || v.kind === "target") && period[v.kind] === v.value && !picked.has(v.kind);
        if (chosen) picked.add(v.kind);
        return {
          value: v.value,
          unit: v.unit,
          year: v.year,
          period: v.period,
          periodText: v.periodText,
          periodInferred: v.periodInferred,
          measure: v.measure,
          partial: v.partial,
          kind: v.kind,
          subject: v.subject?.name ?? null,
          primary: chosen,
          evidence: v.evidence.map(toEvidence),
        };
      });
    }),
  }));
}

function toNode(entity: EntityData): NodeView {
  return { id: entity.id, name: entity.name, type: entity.type };
}

function toEvidence(evidence: EvidenceData): EvidenceView {
  return { quote: evidence.quote, documentTitle: evidence.documentTitle ?? "（未知文件）", publishedAt: evidence.publishedAt };
}
