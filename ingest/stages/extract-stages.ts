/**
 * The extraction stages, in order. Each stage reads what earlier stages left on the document's
 * work record, calls pure operations, and adds its own result. The runner times them and
 * collects their errors.
 */
import { KgError } from "../../src/errors/index.ts";
import { entityId } from "../../src/graph/ids.ts";
import type { Entity, EventFact, ExtractedDocument, IndicatorFact, Mention, NormalizedText, RelationFact, ResolvedMention, Sentence, SourceDocument } from "../model.ts";
import { compileTriggers } from "../operations/vocabulary/compiled-triggers.ts";
import { extractEvents } from "../operations/indicators/extract-events.ts";
import { extractIndicators } from "../operations/indicators/extract-indicators.ts";
import { documentTime } from "../operations/time/document-time.ts";
import { extractRelations } from "../operations/relations/extract-relations.ts";
import { findMentions } from "../operations/names/find-mentions.ts";
import { outerHeadings } from "../operations/text/heading-context.ts";
import { nestedParts } from "../operations/relations/nested-parts.ts";
import { normalizeText } from "../operations/text/normalize-text.ts";
import { relationContext } from "../operations/relations/relation-context.ts";
import { resolveEntities } from "../operations/names/resolve-entities.ts";
import { splitSentences } from "../operations/text/split-sentences.ts";
import type { ExtractorResources } from "../resources.ts";
import { readDocument, type DocumentInput } from "./read-documents.ts";

/** One document on its way through the stages. */
export interface DocumentWork {
  readonly input: DocumentInput;
  source?: SourceDocument;
  normalized?: NormalizedText;
  sentences?: Sentence[];
  mentions?: Mention[];
  entities?: Entity[];
  resolved?: ResolvedMention[];
  relations?: RelationFact[];
  indicators?: IndicatorFact[];
  events?: EventFact[];
  warnings?: string[];
}

/** A named step of the pipeline. */
export interface Stage {
  readonly name: string;
  run(work: DocumentWork, resources: ExtractorResources): void | Promise<void>;
}

/** The extraction stages in the order data flows through them. */
export const EXTRACT_STAGES: readonly Stage[] = [
  {
    name: "read",
    run: async (work) => {
      work.source = await readDocument(work.input);
    },
  },
  { name: "normalize", run: (work) => void (work.normalized = normalizeText(need(work, "source").text)) },
  {
    name: "sentences",
    run: (work) => {
      work.sentences = splitSentences(need(work, "normalized"));
      if (work.sentences.every((s) => s.isAside)) {
        throw new KgError("FILE_EMPTY", `${work.input.path} has no sentences to read (only headings or captions).`, { file: work.input.path });
      }
    },
  },
  {
    name: "mentions",
    run: (work, r) => {
      const place = need(work, "source").place;
      work.mentions = findMentions(need(work, "sentences"), r.lexiconFor(place), place);
    },
  },
  {
    name: "resolve",
    run: (work, r) => {
      const place = need(work, "source").place;
      const { entities, mentions } = resolveEntities(need(work, "mentions"), r.lexiconFor(place), place);
      work.entities = [...entities];
      work.resolved = [...mentions];
      if (entities.length === 0) (work.warnings ??= []).push(`${need(work, "source").id}: no entities found`);
    },
  },
  {
    name: "relations",
    run: (work, r) => {
      const docId = need(work, "source").id;
      const resolved = need(work, "resolved");
      const sentences = need(work, "sentences");
      const districtId = placeId(work, r);
      const compiled = compileTriggers(r.triggers);
      work.relations = sentences.flatMap((s, i) => extractRelations(s, resolved, r.triggers, docId, relationContext(sentences, i, resolved, compiled, districtId)));
      work.relations = work.relations.filter((f) => f.fromId !== NO_PLACE && f.toId !== NO_PLACE);
      addPlaceIfUsed(work, r, work.relations.flatMap((f) => [f.fromId, f.toId]));
      const linked = new Set(work.relations.map((f) => `${f.fromId}|${f.toId}`));
      const named = nestedParts(need(work, "entities"), resolved, sentences, docId).filter((f) => !linked.has(`${f.fromId}|${f.toId}`));
      work.relations.push(...named);
    },
  },
  {
    name: "indicators",
    run: (work, r) => {
      const source = need(work, "source");
      const resolved = need(work, "resolved");
      const sentences = need(work, "sentences");
      const base = { districtId: placeId(work, r), documentYear: documentYear(source), documentTime: documentTime(source.publishedAt, source.kind) };
      work.indicators = sentences.flatMap((s) =>
        extractIndicators(s, resolved, r.triggers, source.id, { ...base, headings: outerHeadings(sentences, s.index) }),
      );
      work.indicators = work.indicators.filter((v) => v.subjectId !== NO_PLACE);
      addPlaceIfUsed(work, r, work.indicators.map((v) => v.subjectId));
    },
  },
  {
    name: "events",
    run: (work, r) => {
      const source = need(work, "source");
      const resolved = need(work, "resolved");
      const sentences = need(work, "sentences");
      work.events = sentences.flatMap((s) =>
        extractEvents(s, resolved, r.triggers, source.id, documentYear(source), {
          headings: outerHeadings(sentences, s.index),
          documentTime: documentTime(source.publishedAt, source.kind),
        }),
      );
    },
  },
];

/** The finished record, once every stage has run. */
export function toExtracted(work: DocumentWork): ExtractedDocument {
  return {
    document: need(work, "source"),
    sentences: need(work, "sentences"),
    entities: need(work, "entities"),
    mentions: need(work, "resolved"),
    relations: need(work, "relations"),
    indicators: need(work, "indicators"),
    events: need(work, "events"),
    warnings: work.warnings ?? [],
  };
}

/** Stands in for the place of a document that names none; facts about it are dropped, never stored. */
const NO_PLACE = "(no place)";

/** The document's place as an entity: the curated canonical name when the corpus list knows it, else as the text spells it. */
function placeEntity(work: DocumentWork, r: ExtractorResources): { name: string; type: Entity["type"] } | null {
  const place = need(work, "source").place;
  if (place === null) return null;
  const entry = r.lexicon.lookup(place);
  return entry?.type === "Area" ? { name: entry.name, type: "Area" } : { name: place, type: "Area" };
}

/** The id of the place a document reports on: the implied subject of "GDP grew 6%". */
function placeId(work: DocumentWork, r: ExtractorResources): string {
  const place = placeEntity(work, r);
  return place === null ? NO_PLACE : entityId(place.type, place.name);
}

/** When a fact uses the document's place, the place must exist even if the text never names it in a sentence. */
function addPlaceIfUsed(work: DocumentWork, r: ExtractorResources, usedIds: readonly string[]): void {
  const place = placeEntity(work, r);
  if (place === null) return;
  const id = entityId(place.type, place.name);
  const entities = need(work, "entities");
  if (!usedIds.includes(id) || entities.some((e) => e.id === id)) return;
  const entry = r.lexicon.lookup(place.name);
  entities.push({ id, name: place.name, type: place.type, aliases: entry?.aliases ?? [], en: entry?.en ?? [], source: entry ? "lexicon" : "pattern" });
}

function documentYear(source: SourceDocument): number | null {
  const year = Number(source.publishedAt?.slice(0, 4));
  return Number.isInteger(year) && year > 1900 ? year : null;
}

function need<K extends keyof DocumentWork>(work: DocumentWork, key: K): NonNullable<DocumentWork[K]> {
  const value = work[key];
  // A stage ran before the one that produces its input: a bug in the stage order, not a user error.
  if (value === undefined || value === null) throw new Error(`internal: stage input "${String(key)}" missing for ${work.input.path}`);
  return value as NonNullable<DocumentWork[K]>;
}
