/**
 * Programmes and strategies named by a slogan: a short quoted code that a verb of carrying out or
 * adhering to takes as its object (实施“一窗速办”, 坚持“三个优先”, 做好“两稳”、“两保”), and the fixed shapes
 * of provincial strategies (冰雪强省, 美丽某省). A quoted phrase alone is as often a nickname or a goal,
 * so it is a name only in that frame and only when it ends the clause or is followed by 建设/工作.
 * Type: a strategy when the verb is one of adhering or building (坚持, 打造) or the code counts its parts
 * (三个优先, 三链联动); a policy when it is carried out (实施, 推行).
 */
import type { EntityType } from "../../../src/graph/contract.ts";
import type { NameCandidate } from "./candidate.ts";
import { isGenericText } from "./name-checks.ts";
import { isKnownName, type Piece } from "./pieces.ts";
import { COUNTED_START, GENERIC_CORES, GOVERNING_VERBS, LEADING_VERBS } from "./programme-vocabulary.ts";

/** Verbs that take a slogan programme as object, and the type each implies. */
const SLOGAN_VERBS: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...["实施", "推行", "推广", "落实", "开展", "推进", "深化", "做好", "抓好", "完善", "执行", "启动", "推出", "用好"].map(
    (verb): [string, EntityType] => [verb, "Policy"],
  ),
  ...["坚持", "践行", "打造", "建设", "围绕", "聚焦", "融入", "服务", "擦亮", "唱响", "打响", "发扬", "弘扬", "统筹"].map(
    (verb): [string, EntityType] => [verb, "Strategy"],
  ),
]);

/** Adverbs between the verb and the quote (深入实施, 持续推进): skipped when looking for the verb. */
const ADVERBS = /(?:深入|全面|持续|扎实|大力|加快|积极|继续|着力|坚定|认真|切实|纵深|深化|进一步|不断)$/u;

/** A quoted code: two to twelve characters of words, digits, + or ×, no punctuation or spaces. */
const QUOTED_CODE = /[“"]([\p{Script=Han}0-9A-Za-z+×·]{2,12})[”"]/gu;

/** What may follow a slogan name: the clause ends, the list goes on, or 建设/工作 says it is being carried out. */
const SLOGAN_FOLLOWER = /^(?:$|[，。；：！？）)\s]|、|和|与|及|等|建设|工作|任务|要求)/u;

/**
 * Kind nouns right after a quoted code (“某某”政策, “某某”机制, “十N五”时期, “某某”建设): the code names a programme
 * of that kind whatever verb stands before it, and the name is the code itself. Nouns a code only
 * describes (“保姆式”服务, “A+B”模式) are left out.
 */
const KIND_AFTER = /^[”"](?:政策|项目|任务|机制|时期|行动|改革|试点|工程|战略|力度|形式|系列行动|建设)/u;

/** A quoted code that ends in the kind it is (“某某模式”, “某某计划”): a programme by itself (not “某某工程”, often scare quotes). */
const SELF_KIND = /(?:模式|计划)$/u;

/** True when the code ends in its kind and what comes before says which one (“某某模式”, not “专项计划”). */
function namesItsKind(code: string): boolean {
  const which = code.slice(0, -2);
  return SELF_KIND.test(code) && code.length >= 4 && !isGenericText(which) && !GENERIC_CORES.has(code) && !COUNTED_START.test(which);
}

/**
 * Nouns after a quoted code that make it a line of the strategy a report follows (“五个某某”重大要求, “某某”框架,
 * “某某”经验, “某某”文旅品牌): the code is the strategy's name. A model (“A+B”模式) is one only without a plus.
 */
const STRATEGY_AFTER = /^[”"](?:重大|重点|有关|总体|工作)?(?:要求|部署|任务|使命任务|框架|发展格局|格局|经验|理念|(?:文旅|文化|消费|城市|区域)?品牌)/u;
const MODEL_AFTER = /^[”"](?:工作)?模式/u;

/**
 * A code that counts its parts (三个优先, 双轮驱动, 3+2): the shape of a strategy slogan. 一 is left out:
 * "one window, one network" codes (一窗速办) name a service reform, which is a policy.
 */
const COUNTED_CODE = /^(?:[二两三四五六七八九十百千万双]个?|[0-9])/u;

/** The verb right before a quote (after skipping adverbs), or undefined. */
function verbBefore(text: string, quoteStart: number): string | undefined {
  const before = text.slice(Math.max(0, quoteStart - 8), quoteStart);
  for (const [verb] of SLOGAN_VERBS) {
    if (before.endsWith(verb)) return verb;
  }
  const trimmed = before.replace(/(?:好|了)$/u, "");
  for (const [verb] of SLOGAN_VERBS) {
    if (trimmed.endsWith(verb) || new RegExp(`${verb}${ADVERBS.source}`, "u").test(trimmed)) return verb;
  }
  return undefined;
}

/** Proposes quoted slogans in a programme frame. */
function quotedSlogans(text: string): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (const match of text.matchAll(QUOTED_CODE)) {
    const quoteStart = match.index ?? 0;
    const code = match[1] ?? "";
    const end = quoteStart + match[0].length;
    // A code ending in 型/式/性 is an adjective (“滴灌型”政策), not the programme's name.
    const adjective = /[型式性]$/u.test(code);
    const strategy = !adjective && (STRATEGY_AFTER.test(text.slice(end - 1)) || (MODEL_AFTER.test(text.slice(end - 1)) && !code.includes("+")));
    const kind = (KIND_AFTER.test(text.slice(end - 1)) && !adjective) || strategy || namesItsKind(code);
    if (!kind && !SLOGAN_FOLLOWER.test(text.slice(end))) continue;
    const verb = verbBefore(text, quoteStart);
    // The next item of a list of slogans (“两稳”、“两保”) shares the first one's frame.
    const previous = found[found.length - 1];
    const continues = previous !== undefined && /^[”"]?[、和及与]$/u.test(text.slice(previous.end, quoteStart));
    if (verb === undefined && !continues && !kind) continue;
    // Two characters in quotes are a word in scare quotes (“区内”) unless they abbreviate a count (“两稳”).
    if (code.length === 2 && !COUNTED_CODE.test(code)) continue;
    const type: EntityType =
      strategy || COUNTED_CODE.test(code) ? "Strategy" : verb !== undefined ? (SLOGAN_VERBS.get(verb) ?? "Policy") : (previous?.type ?? "Policy");
    found.push({ start: quoteStart + 1, end: quoteStart + 1 + code.length, type, source: "quoted" });
  }
  return found;
}

/** Words that make a province or city a strategy's name when they stand before it (美丽某省, 平安某市). */
const QUALITY_WORDS: ReadonlySet<string> = new Set(["美丽", "平安", "法治", "健康", "数字", "书香", "诚信", "人文"]);

/**
 * The strong-place heads of 冰雪强省, 花卉强市, 某某强国. A district's or county's "强区/强县" is a goal in
 * passing more often than a named strategy, so only the levels that name strategies are read.
 */
const STRONG_PLACE = /^强(?:省|市|国)$/u;

/** Verbs before 强省: 推进|强国 or 形成|强省 is a verb and its object, not a field before 强. */
const VERBS_BEFORE_STRONG: ReadonlySet<string> = new Set([...GOVERNING_VERBS, ...LEADING_VERBS, "形成", "建成", "迈向", "成为", "跻身", "做强", "做大"]);

/** True when the piece is a place name: the segmenter's place tag or a known name. */
function isPlace(piece: Piece | undefined): boolean {
  if (piece === undefined || !(piece.tag === "ns" || isKnownName(piece)) || !/^\p{Script=Han}{2,4}$/u.test(piece.text)) return false;
  // jieba tags some kinds of place as places too (城市, 乡村): those are not a strategy's place.
  return !isGenericText(piece.text);
}

/** Proposes the fixed shapes of provincial strategies: 某某强省 and 美丽/平安/法治…某省. */
function strategyShapes(text: string, pieces: readonly Piece[]): NameCandidate[] {
  const found: NameCandidate[] = [];
  pieces.forEach((piece, k) => {
    const previous = pieces[k - 1];
    const field = previous !== undefined && previous.known === null && /^\p{Script=Han}{2}$/u.test(previous.text) && !VERBS_BEFORE_STRONG.has(previous.text);
    if (STRONG_PLACE.test(piece.text) && field && previous !== undefined) {
      found.push({ start: previous.start, end: piece.end, type: "Strategy", source: "pattern" });
    }
    if (QUALITY_WORDS.has(piece.text) && isPlace(pieces[k + 1]) && /^(?:$|[，。、；：！？\s]|和|与|及|等|建设)/u.test(text.slice(pieces[k + 1]?.end ?? 0))) {
      found.push({ start: piece.start, end: pieces[k + 1]?.end ?? piece.end, type: "Strategy", source: "pattern" });
    }
  });
  return found;
}

/** Proposes slogan programmes and strategy shapes in one sentence. */
export function findSloganNames(text: string, pieces: readonly Piece[]): NameCandidate[] {
  return [...quotedSlogans(text), ...strategyShapes(text, pieces)];
}
