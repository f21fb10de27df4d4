/**
 * Enumeration completion: in "引进甲科技、乙资本、丙银行等企业" or "建设A、B和C", the members of one list are
 * things of one kind. When a member was recognised by a surer rule (a head, quotes, the lexicon), its
 * neighbours in the same list are proposed with its type, provided they look like names: short, no verb,
 * no function word, not a generic phrase. This is how names with no head of their own (company short
 * names, platform brands, industries) are found next to one that has a head.
 */
import type { EntityType } from "../../../src/graph/contract.ts";
import type { NameCandidate } from "./candidate.ts";
import { isGenericText } from "./name-checks.ts";
import type { Token } from "./segmenter.ts";
import { HARD_STOPS } from "./vocabulary.ts";

/** A recognised mention: its span in the sentence and type. */
interface Known {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
}

/** Separators between list members; 和/与/及 only between the last two. */
const SEPARATOR = "、";

/** What ends the stretch of text a list lives in. */
const LIST_END = /[，。；：！？,;:!?（）()\s]/u;

/** Shortest and longest member: longer stretches are clauses. */
const MIN_ITEM = 2;
const MAX_ITEM = 16;

/** jieba tags that never sit inside a name: verbs, adverbs, pronouns, particles, conjunctions, prepositions, numbers with measure. */
const NON_NAME_TAGS = /^(?:v|vd|d|ad|r|u|uj|ul|uz|ug|uv|c|p|q|mq|y|e|o)$/u;

/**
 * Endings that make a member an activity, a quality or a teaching, not a thing with a name: 园区建设, 体系, 强省,
 * 名城, 重要指示精神.
 * Lists of goals (交通强省、科教强省) and of tasks (…建设、…动工) sit in the same 、 frames as lists of names.
 */
const ACTIVITY_END = /(?:建设|动工|开工|投用|工作|体系|机制|高地|强省|强市|强区|强县|名城|城市|家园|行动|发展|提升|改造|升级|筛查|增效|精神|讲话|指示|思想|之要)$/u;

/** A closing word inside a member: the list ends there. */
const CLOSER_INSIDE = /等|及其|以及/u;

/** Closing words after the last member (等, 等企业, 等N个项目): the list ends there. */
const CLOSER = /^(?:等|及其|以及)/u;

/** A member span, with the trailing joiner (和/与/及) split off the last two. */
interface Item {
  readonly start: number;
  readonly end: number;
}

/** The 、-lists of a sentence: each as its member spans (at least two). */
function lists(text: string): Item[][] {
  const found: Item[][] = [];
  let from = 0;
  while (from < text.length) {
    const sep = text.indexOf(SEPARATOR, from);
    if (sep < 0) break;
    let start = sep;
    while (start > 0 && !LIST_END.test(text.charAt(start - 1))) start--;
    let end = sep;
    while (end < text.length && !LIST_END.test(text.charAt(end))) end++;
    let items: Item[] = [];
    let at = start;
    for (const part of text.slice(start, end).split(SEPARATOR)) {
      // A member closed by 等 ends its list (甲、乙等企业拓展丙、丁): what follows it is another list.
      const closer = CLOSER_INSIDE.exec(part);
      if (closer !== null && at + part.length < end) {
        items.push({ start: at, end: at + closer.index });
        found.push(splitLast(text, items));
        items = [{ start: at + closer.index, end: at + part.length }];
      } else items.push({ start: at, end: at + part.length });
      at += part.length + 1;
    }
    found.push(splitLast(text, items));
    from = end;
  }
  return found;
}

/** "B和C" as the last member is two members; "C等企业" ends at 等. */
function splitLast(text: string, items: Item[]): Item[] {
  const last = items[items.length - 1];
  if (last === undefined) return items;
  const body = text.slice(last.start, last.end);
  const closer = /等|及其|以及/u.exec(body);
  const cut = closer ? last.start + closer.index : last.end;
  const joined = /^(.{2,16}?)[和与及](.{2,16})$/u.exec(text.slice(last.start, cut));
  const rest = items.slice(0, -1);
  if (joined?.[1] !== undefined && joined[2] !== undefined) {
    const a = joined[1].length;
    return [...rest, { start: last.start, end: last.start + a }, { start: last.start + a + 1, end: cut }];
  }
  return [...rest, { start: last.start, end: cut }];
}

/** True when the member reads like a name: right length, no verb or function word, not generic. */
function looksLikeName(text: string, item: Item, tokens: readonly Token[]): boolean {
  const surface = text.slice(item.start, item.end);
  if (surface.length < MIN_ITEM || surface.length > MAX_ITEM) return false;
  // A count with its measure word ("古树公园8处", "225处") is a number stated about a name, not part of one.
  if (!/^[\p{Script=Han}A-Za-z0-9·.+\-“”"]+$/u.test(surface) || /的|[0-9]+[个项家条处座所名户套亩米万]/u.test(surface) || CLOSER.test(surface)) return false;
  if (ACTIVITY_END.test(surface) || (surface.match(/[“”"]/gu) ?? []).length % 2 === 1) return false;
  const inside = tokens.filter((t) => t.start >= item.start && t.end <= item.end);
  if (inside.some((t) => NON_NAME_TAGS.test(t.tag) || HARD_STOPS.has(t.text))) return false;
  // A member that starts or ends inside a word is cut wrongly (the list sits in a longer clause).
  if (tokens.some((t) => (t.start < item.start && t.end > item.start) || (t.start < item.end && t.end > item.end))) return false;
  return !isGenericText(surface);
}

/**
 * Proposals for the unrecognised members of lists that hold at least one recognised member; all recognised
 * members of a list must agree on the type. The first member is proposed only when it was recognised (it
 * often carries the clause's verb: 引进甲科技).
 */
export function completeLists(text: string, known: readonly Known[], tokens: readonly Token[]): NameCandidate[] {
  if (!text.includes(SEPARATOR)) return [];
  const found: NameCandidate[] = [];
  for (const items of lists(text)) {
    if (items.length < 2) continue;
    const hits = items.map((item) => known.find((k) => k.start === item.start && k.end === item.end) ?? known.find((k) => k.end === item.end && k.start > item.start && item === items[0]));
    const types = new Set(hits.filter((h) => h !== undefined).map((h) => h.type));
    const type = types.size === 1 ? [...types][0] : undefined;
    if (type === undefined) continue;
    items.forEach((item, i) => {
      if (i === 0 || hits[i] !== undefined) return;
      if (known.some((k) => k.start < item.end && item.start < k.end)) return;
      if (looksLikeName(text, item, tokens)) found.push({ start: item.start, end: item.end, type, source: "pattern" });
    });
  }
  return found;
}
