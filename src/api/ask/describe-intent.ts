/** Says in words what was understood (the `interpretation`) and sums up an answer in one line (the `answer`). */
import type { EntityType } from "../../graph/contract.ts";
import type { AskItem } from "./ask-result.ts";
import type { Intent } from "./intent.ts";
import { MAX_HOPS } from "./queries/path-query.ts";

const PLURAL: Readonly<Record<EntityType, string>> = {
  Strategy: "strategies",
  Area: "areas",
  Project: "projects",
  Enterprise: "enterprises",
  Institution: "institutions",
  Industry: "industries",
  Platform: "platforms",
  Person: "people",
  Event: "events",
  Policy: "policies",
  Indicator: "indicators",
};

/** "projects and people", or "things" when no type is asked for. */
export function describeTypes(types: readonly EntityType[] | null): string {
  if (types === null || types.length === 0) return "things";
  const words = types.map((t) => PLURAL[t]);
  return words.length === 1 ? (words[0] ?? "things") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** The interpretation of an intent, in English with the graph's Chinese names. */
export function describeIntent(intent: Intent): string {
  const base = describeBase(intent);
  if ((intent.kind === "serves" || intent.kind === "relation" || intent.kind === "neighbours") && intent.years.length > 0) {
    return `${base}, stated for ${intent.years.join(", ")} (the year a fact gives, else the year of the document that states it)`;
  }
  return base;
}

function describeBase(intent: Intent): string {
  switch (intent.kind) {
    case "serves": {
      const x = names(intent.entities);
      return `${countPrefix(intent.count)}${describeTypes(intent.types)} that SERVE ${x} (incl. its sub-areas via PART_OF/LOCATED_IN), are built under it (BUILDS) or lie in it (LOCATED_IN/PART_OF)`;
    }
    case "relation": {
      const x = names(intent.entities) + (intent.includeSubAreas ? " (or one of its sub-areas)" : "");
      const rels = intent.relations.join("/");
      const what = `${countPrefix(intent.count)}${describeTypes(intent.types)}`;
      const industryNote = intent.relations.includes("BELONGS_TO") && intent.end === "to" ? `, or that ${x} RELIES_ON` : "";
      if (intent.cue.id === "has") {
        const cluster = intent.entities.some((e) => e.type === "Strategy") ? ", or, for a strategy named after an industry, that industry's members (BELONGS_TO, RELIES_ON)" : "";
        return `${what} tied to ${x} by any relationship${cluster}`;
      }
      const owner = intent.end === "from" && (intent.types === null || intent.types.every((t) => t === "Strategy" || t === "Area"));
      if (owner && intent.cue.id === "serves") return `${what} that ${x} SERVES, lies in (LOCATED_IN/PART_OF) or is built under (BUILDS)`;
      if (owner && intent.cue.id === "belongs" && intent.types !== null) return `${what} that ${x} ${rels}, or that build it (BUILDS)`;
      if (intent.cue.id === "introduced" && intent.end === "from") {
        return `${what} that ${x} INTRODUCED, that settled in it (LOCATED_IN/HEADQUARTERED_IN), or, for a strategy built on an industry (RELIES_ON, or named after it), that industry's members (BELONGS_TO, RELIES_ON)`;
      }
      if (intent.end === "from") return `${what} that ${x} ${rels}`;
      if (intent.end === "to") return `${what} that ${rels} ${x}${industryNote}`;
      return `${what} that ${rels} ${x} (either direction)`;
    }
    case "neighbours":
      return `${countPrefix(intent.count)}${describeTypes(intent.types)} tied to ${names(intent.entities)} by any relationship${intent.withCoMentions ? " (or, failing that, named in one sentence with it)" : ""}`;
    case "catalogue":
      return `${countPrefix(intent.count)}all ${describeTypes(intent.types)} in the graph`;
    case "location":
      return `where ${intent.entity.name} lies: what it is LOCATED_IN, PART_OF or HEADQUARTERED_IN`;
    case "timeline":
      return `milestones of ${intent.entity.name} (${intent.entity.type})${intent.statuses.length > 0 ? ` with status ${intent.statuses.join("/")}` : ""} by year`;
    case "milestones": {
      const what = intent.statuses.length > 0 ? `a milestone ${intent.statuses.join("/")}` : "a milestone";
      const when = intent.years.length > 0 ? ` in ${intent.years.join(", ")}` : "";
      const where = intent.scope.length > 0 ? ` among the projects tied to ${names(intent.scope)} (or its sub-areas)` : "";
      return `${countPrefix(intent.count)}projects with ${what}${when}${where}`;
    }
    case "documents": {
      const kinds = intent.documentKinds.length > 0 ? ` (${intent.documentKinds.join("/")})` : "";
      const years = intent.years.length > 0 ? ` of ${intent.years.join(", ")}` : "";
      return `the documents${kinds}${years} that name ${names(intent.entities)}, with the sentences that do`;
    }
    case "path":
      return `how ${intent.from.name} and ${intent.to.name} connect: the shortest chain of at most ${MAX_HOPS} relationships, or else the sentences that name both`;
    case "indicator": {
      const subject = intent.subjectAssumed ? `${intent.subject.name} (no place named: the district is assumed)` : intent.subject.name;
      const years = intent.years.length > 0 ? `in ${intent.years.join(", ")}` : "in every year the documents state";
      const kinds = intent.valueKinds === null ? "" : ` (${intent.valueKinds.join("/")} values only)`;
      return `the value of ${intent.metrics.join(" and ")} for ${subject} ${years}${kinds}`;
    }
    default: {
      const never: never = intent;
      throw new Error(`invariant: unknown intent ${JSON.stringify(never)}`);
    }
  }
}

/** The answer in one line. */
export function summarize(intent: Intent, items: readonly AskItem[]): string {
  switch (intent.kind) {
    case "indicator":
      return items.map((i) => `${i.name ?? ""} ${i.year ?? "year not stated"}: ${i.value} ${i.unit ?? ""} (${i.kind ?? "?"})`.replace(/ {2,}/g, " ").trim()).join("; ");
    case "timeline":
      return items.map((i) => `${i.year ?? "?"} ${i.kind ?? ""}`.trim()).join("; ");
    case "milestones":
      if (intent.count) return `${new Set(items.map((i) => i.entityId)).size}`;
      return items.map((i) => `${i.year ?? "?"} ${i.name ?? "?"} ${i.kind ?? ""}`.trim()).join("; ");
    case "documents":
      return items.map((i) => i.text ?? i.name ?? "?").join("; ");
    case "path":
      return items.map((i) => i.text ?? "").join("; ");
    case "serves":
    case "relation":
    case "neighbours":
    case "catalogue":
      if (intent.count) return `${items.length}`;
      return list(items);
    case "location":
      return list(items);
    default: {
      const never: never = intent;
      throw new Error(`invariant: unknown intent ${JSON.stringify(never)}`);
    }
  }
}

function list(items: readonly AskItem[]): string {
  const shown = items.slice(0, 12).map((i) => i.name ?? "?");
  return `${items.length}: ${shown.join("、")}${items.length > shown.length ? "…" : ""}`;
}

function names(entities: readonly { readonly name: string }[]): string {
  return entities.map((e) => e.name).join(" / ");
}

function countPrefix(count: boolean): string {
  return count ? "the number of " : "";
}
