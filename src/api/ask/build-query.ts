/** Chooses the Cypher template for an intent and fills it in. */
import type { CypherQuery } from "../../db/index.ts";
import type { Intent } from "./intent.ts";
import { catalogueQuery } from "./queries/catalogue-query.ts";
import { documentsQuery } from "./queries/documents-query.ts";
import { indicatorQuery } from "./queries/indicator-query.ts";
import { locationQuery } from "./queries/location-query.ts";
import { milestonesQuery } from "./queries/milestones-query.ts";
import { neighboursQuery } from "./queries/neighbours-query.ts";
import { pathQuery } from "./queries/path-query.ts";
import { relationQuery, type Link } from "./queries/relation-query.ts";
import { servesQuery } from "./queries/serves-query.ts";
import { timelineQuery } from "./queries/timeline-query.ts";

/** The query that answers `intent`. */
export function buildQuery(intent: Intent): CypherQuery {
  switch (intent.kind) {
    case "serves":
      return servesQuery(ids(intent.entities), intent.types, intent.years);
    case "relation":
      return relationQuery(ids(intent.entities), linksOf(intent), intent.includeSubAreas, intent.types, intent.years);
    case "neighbours":
      return neighboursQuery(ids(intent.entities), intent.types, intent.withCoMentions, intent.years);
    case "catalogue":
      return catalogueQuery(intent.types);
    case "location":
      return locationQuery(intent.entity.id);
    case "timeline":
      return timelineQuery(intent.entity.id, intent.statuses);
    case "milestones":
      return milestonesQuery(intent.statuses, intent.years, ids(intent.scope));
    case "documents":
      return documentsQuery(ids(intent.entities), intent.years, intent.documentKinds);
    case "path":
      return pathQuery(intent.from.id, intent.to.id);
    case "indicator":
      return indicatorQuery(intent.subject.id, intent.metrics, intent.years, intent.valueKinds);
    default: {
      const never: never = intent;
      throw new Error(`invariant: unknown intent ${JSON.stringify(never)}`);
    }
  }
}

function ids(entities: readonly { readonly id: string }[]): string[] {
  return entities.map((e) => e.id);
}

/**
 * The ties a relation question follows, most direct first:
 * - an industry's members are what BELONGS_TO it, and also the enterprises it RELIES_ON (依托…龙头企业);
 * - what a place introduced (引进/集聚) is what it INTRODUCED, what settled in it (LOCATED_IN, HEADQUARTERED_IN),
 *   and, for a strategy built on an industry (an industrial cluster that RELIES_ON 能源互联, or is named after it),
 *   that industry's members.
 */
function linksOf(intent: Extract<Intent, { kind: "relation" }>): Link[] {
  const links: Link[] = [{ relations: intent.relations, end: intent.end }];
  const clusterMembers = { relations: ["RELIES_ON"], anchorTypes: ["Strategy"], midTypes: ["Industry"], orNamedAfter: true } as const;
  if (intent.cue.id === "has") {
    links.push({ relations: ["BELONGS_TO"], end: "to", through: clusterMembers }, { relations: ["RELIES_ON"], end: "from", through: clusterMembers });
  }
  // What X serves / belongs to, X a project: also the strategy that builds it, and the place it lies in.
  const ownerTypes = intent.types === null || intent.types.every((t) => t === "Strategy" || t === "Area");
  if (intent.end === "from" && ownerTypes && (intent.cue.id === "serves" || (intent.cue.id === "belongs" && intent.types !== null))) {
    links.push({ relations: ["BUILDS"], end: "to" });
    if (intent.cue.id === "serves") links.push({ relations: ["LOCATED_IN", "PART_OF"], end: "from" });
  }
  const industry = intent.entities.every((e) => e.type === "Industry");
  if (intent.cue.id === "belongs" && intent.end === "to" && industry) links.push({ relations: ["RELIES_ON"], end: "from" });
  if (intent.cue.id === "introduced" && intent.end === "from") {
    links.push({ relations: ["LOCATED_IN", "HEADQUARTERED_IN"], end: "to" });
    links.push({ relations: ["BELONGS_TO"], end: "to", through: clusterMembers }, { relations: ["RELIES_ON"], end: "from", through: clusterMembers });
  }
  return links;
}
