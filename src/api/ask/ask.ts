/**
 * The question field's orchestrator: question → parts → intent → Cypher → items. Deterministic and offline;
 * when the question is not understood or the graph holds no answer it says so (answered: false) and never guesses.
 */
import type { Db } from "../../db/index.ts";
import type { AskEntity, AskItem, AskResult } from "./ask-result.ts";
import { buildQuery } from "./build-query.ts";
import { describeIntent, describeTypes, summarize } from "./describe-intent.ts";
import { best, detectIntent } from "./detect-intent.ts";
import { foldText } from "./fold-text.ts";
import type { Intent } from "./intent.ts";
import { loadNameIndex } from "./load-name-index.ts";
import type { NameIndex } from "./name-index.ts";
import { parseQuestion, placeForms, type ParsedQuestion } from "./parse-question.ts";
import { perDbCache } from "./per-db-cache.ts";
import { rowsToItems, type AskRow } from "./rows-to-items.ts";
import { shownCypher } from "./shown-cypher.ts";
import { unexplainedWords } from "./unexplained-words.ts";
import { answerFromEvidence, splitRelativeClause } from "./evidence/answer-from-evidence.ts";
import { jieba } from "../../chinese/jieba.ts";
import { besides, spellings, superlative } from "./evidence/read-question.ts";
import { stem } from "./evidence/english-words.ts";
import { chineseFor, pinyinOf } from "./evidence/glossary.ts";
import { loadSentenceStore } from "./evidence/sentence-store.ts";
import { remember } from "./bounded-memo.ts";
import { oncePer } from "./once-per.ts";

/** Longest question accepted, in characters. */
export const MAX_QUESTION_LENGTH = 300;

/** Options of `ask`. */
export interface AskOptions {
  /** A name index to use instead of the one loaded from the graph (tests). */
  readonly index?: NameIndex;
}

/**
 * Answers a question in Chinese or English from the graph.
 * @example await ask(db, "2021年市中区地区生产总值是多少？") // items[0]: 1161.7 亿元, year 2021, with its sentence
 */
export async function ask(db: Db, question: string, options: AskOptions = {}): Promise<AskResult> {
  const trimmed = question.trim();
  if (trimmed.length === 0) return unanswered(trimmed, "nothing asked", "The question is empty: ask e.g. 哪些项目服务于中央活力区？");
  if (trimmed.length > MAX_QUESTION_LENGTH) {
    return unanswered(trimmed, "question too long", `The question is ${trimmed.length} characters long; ask one thing at a time, in at most ${MAX_QUESTION_LENGTH} characters.`);
  }
  const index = options.index ?? (await loadNameIndex(db));
  const named = parsedOnce(trimmed, index);
  // A place the question names is outside the documents only when the graph is not about it.
  const outside = named.foreign.length > 0 ? await placesOutside(db, named.foreign) : [];
  const parsed = outside.length === named.foreign.length ? named : outside.length === 0 ? withoutForeign(named) : { ...named, foreign: outside };
  const entities = recognised(parsed);
  const understanding = understandingOf(parsed, index);
  const unused = unusedWordsOf(parsed);
  const evidence = async (templates: string): Promise<AskResult> => {
    const found = await answerFromEvidence(db, trimmed, index);
    return { ...found, entities, interpretation: `${found.interpretation} (templates: ${templates})` };
  };
  // "Which others besides X": the sentences hold the whole list, the answer leaves X out.
  if (besides(trimmed) !== null && parsed.foreign.length === 0) return evidence("a question for the others of a list");
  // "The largest …": never computed; answered only when a sentence states it.
  if (superlative(trimmed) !== null && parsed.foreign.length === 0 && !/相比|比较|对比|than|compar/i.test(trimmed)) return evidence("a superlative the documents may state");
  if (!understanding.ok) {
    // Forms the parser refuses on purpose (negation, comparison, chains, a relative year) stay refused; a place
    // outside the documents too. Anything else the templates did not read goes to the sentences.
    const chainedClause = !/chains several relations/.test(understanding.reason) || relativeChain(trimmed);
    if (splitRelativeClause(trimmed) === null && UNSUPPORTED.test(understanding.reason) && chainedClause && !/“(今年|本年|this year)”/.test(understanding.reason)) {
      return { ...unanswered(trimmed, notUnderstood(entities), understanding.reason), entities };
    }
    if (parsed.foreign.length > 0) return { ...unanswered(trimmed, notUnderstood(entities), understanding.reason), entities };
    return evidence(notUnderstood(entities));
  }
  const partial = parsed.entities.some((e) => e.match === "partial");
  // "How many" of a kind the text counts itself ("五大主导产业"): the number it states beats the size of a graph list.
  if ("count" in understanding.intent && understanding.intent.count && !plainTypeCount(parsed)) {
    const stated = await answerFromEvidence(db, trimmed, index);
    if (stated.answered && stated.count !== null) return { ...stated, entities };
  }
  if (splitRelativeClause(trimmed) !== null) return evidence("a relative clause: the inner question first");
  const intent = understanding.intent;
  const { query, params, paramsJson, cypher } = queryOf(intent);
  const rows = await db.rows<AskRow>({ cypher: query.cypher, params }, "READ");
  const items = rowsToItems(rows);
  // Words the templates did not use must at least stand in the evidence of what they found; else the sentences answer.
  if (unused.length > 0 && !(items.length > 0 && unused.every((w) => evidenceHolds(items, w)))) {
    return evidence(`${describeIntent(intent)}; words not used: ${unused.join(", ")}`);
  }
  // A template read through a part of a name, or a metric the graph holds no value of, found nothing: the
  // sentences may still say (the evidence answerer requires the year and the names asked).
  if (items.length === 0 && (partial || intent.kind === "indicator")) {
    const found = await evidence(`${describeIntent(intent)} found nothing`);
    if (found.answered) return found;
  }
  const interpretation =
    describeIntent(intent) + readAs(entities) + related(intent, items) + (unused.length > 0 ? `; words not used: ${unused.map((w) => `“${w}”`).join(", ")}` : "");
  if (items.length === 0) {
    return {
      question: trimmed,
      answered: false,
      interpretation,
      cypher,
      params: paramsJson,
      reason: noAnswer(intent),
      items: [],
      intent: intent.kind,
      count: null,
      answer: null,
      entities,
    };
  }
  const counting = "count" in intent && intent.count;
  const counted = intent.kind === "milestones" ? new Set(items.map((i) => i.entityId)).size : items.length;
  return {
    question: trimmed,
    answered: true,
    interpretation,
    cypher,
    params: paramsJson,
    reason: null,
    items,
    intent: intent.kind,
    count: counting ? counted : null,
    answer: summarize(intent, items),
    entities,
  };
}

/** Distinct questions whose parse is kept per name index. */
const PARSES_KEPT = 1_000;

// From a question to its Cypher every step is pure, given the name index: a question asked again (a playground's
// example, a dashboard's) skips them, which was a sixth of an `ask` request's CPU under load (profiled). Each step
// is kept per its input object, so all of it goes with the index when a new graph version brings a new one.
const parsesPerIndex = oncePer((_index: NameIndex) => new Map<string, ParsedQuestion>());

function parsedOnce(question: string, index: NameIndex): ParsedQuestion {
  const parses = parsesPerIndex(index);
  return parses.get(question) ?? remember(parses, question, parseQuestion(question, index), PARSES_KEPT);
}

// The usual case of a question naming places: all of them the documents' own. Kept, so its reading is too.
const withoutForeign = oncePer((named: ParsedQuestion): ParsedQuestion => ({ ...named, foreign: [] }));
const understandingOf = oncePer(detectIntent);
const unusedWordsOf = oncePer(unexplainedWords);
const queryOf = oncePer((intent: Intent) => {
  const query = buildQuery(intent);
  const params = query.params ?? {};
  const paramsJson = JSON.stringify(params);
  return { query, params, paramsJson, cypher: shownCypher(query.cypher, paramsJson) };
});

/** Refusals of the parser that are policy, not ignorance. */
const UNSUPPORTED = /^(Negations|Comparisons and rankings|The question chains several relations|“[^”]+” depends on when it is asked)/;

/**
 * "服务于中央活力区的项目属于哪些产业": a relation inside a clause that modifies what is asked about is a chain the
 * parser refuses; two verbs in a row ("依托哪些平台吸引人才") are one question.
 */
function relativeChain(question: string): boolean {
  const wh = question.search(/哪|什么|多少|几|谁|which|what|who|how/i);
  const before = wh >= 0 ? question.slice(0, wh) : question;
  // "推动共兴发展的五个区域板块分别是哪些": after the clause, only the kind and a copula — one question, not a chain.
  const tail = before.slice(before.lastIndexOf("的") + 1);
  if (/^[\p{Script=Han}]{1,10}?(分别|都|一共|共)?(是|有|包括|为)$/u.test(tail)) {
    const words = jieba().tag(tail.replace(/(分别|都|一共|共)?(是|有|包括|为)$/u, ""), true);
    if (words.every((w) => !/^v/.test(w.tag))) return false;
  }
  return /的/.test(before) && /[\p{Script=Han}]{2,}的[\p{Script=Han}]{1,8}[\p{Script=Han}]{2}/u.test(before);
}

/**
 * The places named in a question that the documents are not about. A place is theirs when it is a document's
 * place or an area of the graph, or when a document names it a few times; a place no document writes at all,
 * or a transliterated name (拉萨, "Lhasa") that none names more than in passing, is outside them.
 */
async function placesOutside(db: Db, candidates: readonly string[]): Promise<string[]> {
  const store = await loadSentenceStore(db);
  const places = await graphPlaces(db);
  return candidates.filter((c) => {
    // An English name is looked for under every Han spelling of its pinyin that the documents write.
    const latin = /[a-z]/.test(c);
    const forms = latin ? [...new Set([...placeForms(c), ...spellings(c, 4).filter((f) => store.has([f]))])] : [c];
    if (forms.some((f) => places.some((p) => p.includes(f)))) return false;
    const most = Math.max(0, ...store.docCounts(forms).values());
    if (most === 0) return true;
    const transliterated = latin || pinyinReadings(c).some((r) => chineseFor(r).includes(c));
    return transliterated && most < 3;
  });
}

/** Toneless pinyin readings of a Han word, joined ("拉萨" → lasa), at most a few. */
function pinyinReadings(word: string): string[] {
  let partial = [""];
  for (const ch of word) partial = partial.flatMap((p) => pinyinOf(ch).map((r) => p + r)).slice(0, 16);
  return partial.filter((p) => p.length > 0);
}

const places = perDbCache(readGraphPlaces, (found) => found.length === 0);

/** Documents' places and the names of the graph's areas, kept until the graph version changes (per-db-cache.ts). */
function graphPlaces(db: Db): Promise<string[]> {
  return places.get(db);
}

/** Drops the kept places of `db` (after an ingest changed the graph). */
export function forgetGraphPlaces(db: Db): void {
  places.forget(db);
}

async function readGraphPlaces(db: Db): Promise<string[]> {
  const rows = await db.rows<{ place: string }>(
    {
      cypher: `CALL { MATCH (d:Document) WHERE d.place IS NOT NULL RETURN d.place AS place
               UNION MATCH (a:Entity {type: 'Area'}) RETURN a.name AS place } RETURN DISTINCT place`,
    },
    "READ",
  );
  return rows.map((r) => foldText(r.place)).filter((p) => p.length >= 2);
}

/** "有多少个项目": a count of a bare kind of thing (项目, 企业, projects) is the graph's to count. */
function plainTypeCount(parsed: ParsedQuestion): boolean {
  return parsed.types.some(
    (t) => /(几|多少)[个家项所座条位名处]?$/.test(parsed.masked.slice(Math.max(0, t.start - 3), t.start)) || /how many\s+([a-z-]+\s+)?$/.test(parsed.masked.slice(0, t.start)),
  );
}

/** True when `word` (or, for an English word, a Chinese word it stands for) stands in an item's name or evidence. */
function evidenceHolds(items: readonly AskItem[], word: string): boolean {
  const forms = /[a-z]/.test(word) ? chineseFor(stem(word)).slice(0, 40) : [word];
  const holding = items.filter((i) => forms.some((f) => (i.name ?? "").includes(f) || i.evidence.some((e) => e.quote.includes(f))));
  return holding.length * 2 >= items.length;
}

function recognised(parsed: ParsedQuestion): AskEntity[] {
  return parsed.entities.map((spot) => {
    const entity = best(spot);
    return { entityId: entity.id, name: entity.name, type: entity.type, surface: parsed.question.slice(spot.start, spot.end), match: spot.match };
  });
}

function readAs(entities: readonly AskEntity[]): string {
  const notes = entities.filter((e) => foldText(e.surface) !== foldText(e.name)).map((e) => `“${e.surface}” = ${e.name}${e.match === "partial" ? " (partial name)" : ""}`);
  return notes.length > 0 ? `; read ${[...new Set(notes)].join(", ")}` : "";
}

// When a metric has no value of its own, the query shows the metrics named after it: say so.
function related(intent: Intent, items: readonly AskItem[]): string {
  if (intent.kind !== "indicator") return "";
  const shown = [...new Set(items.map((i) => i.name).filter((n): n is string => n !== null && !intent.metrics.includes(n)))];
  return shown.length > 0 ? `; no value of ${intent.metrics.join("/")} itself is stated there, so the related ${shown.join(", ")} is shown` : "";
}

function notUnderstood(entities: readonly AskEntity[]): string {
  if (entities.length === 0) return "not understood: no known entity or indicator named";
  return `not understood: recognised ${entities.map((e) => `${e.name} (${e.type})`).join(", ")}, but no question about it`;
}

function noAnswer(intent: Intent): string {
  const none = "The documents in the graph do not say";
  switch (intent.kind) {
    case "indicator":
      return `${none}: no ${intent.metrics.join(" or ")} of ${intent.subject.name}${intent.years.length > 0 ? ` for ${intent.years.join(", ")}` : ""}${intent.valueKinds ? ` (${intent.valueKinds.join("/")})` : ""} is stated.`;
    case "timeline":
      return `${none}: no milestone${intent.statuses.length > 0 ? ` ${intent.statuses.join("/")}` : ""} of ${intent.entity.name} is recorded.`;
    case "milestones":
      return `${none}: no project milestone matches “${describeIntent(intent)}”.`;
    case "documents":
      return `${none}: no document names ${intent.entities.map((e) => e.name).join(" and ")} in a sentence.`;
    case "path":
      return `${none}: ${intent.from.name} and ${intent.to.name} are not linked within ${4} relationships, nor named in one sentence.`;
    case "location":
      return `${none}: no place that ${intent.entity.name} lies in is recorded.`;
    case "serves":
    case "relation":
    case "neighbours":
    case "catalogue":
      return `${none}: no ${describeTypes(intent.types)} found for “${describeIntent(intent)}”.`;
    default: {
      const never: never = intent;
      throw new Error(`invariant: unknown intent ${JSON.stringify(never)}`);
    }
  }
}

function unanswered(question: string, interpretation: string, reason: string): AskResult {
  return {
    question,
    answered: false,
    interpretation,
    cypher: null,
    params: null,
    reason,
    items: [],
    intent: null,
    count: null,
    answer: null,
    entities: [],
  };
}
