/**
 * Names in quotation marks. 《…》 encloses titles: a policy when the title says it is one (规划, 方案,
 * 意见…), since plays and books (实景剧《英雄山》) use the same marks. “…” encloses slogans and honours
 * as often as names, so it yields a name only when short, free of inner punctuation and grammar, ending
 * in a known head or a programme word (…三年行动), and not conferred (获评“…”). A short quoted code before
 * a policy or project word is part of the name: “十四五”规划, “双减”政策, “金审三期”项目.
 */
import type { EntityType } from "../../../src/graph/contract.ts";
import type { NameCandidate } from "./candidate.ts";
import type { KnownSpan } from "./pieces.ts";
import { isGenericName, isGenericText, isHonorBefore, isStopPiece } from "./name-checks.ts";
import { splitPlacePrefix } from "./place-prefix.ts";
import { tokenize } from "./segmenter.ts";
import { NAME_SUFFIXES, NOT_EVENTS } from "./vocabulary.ts";

/** Words that make a title a policy document. */
const POLICY_WORDS = /规划|计划|方案|意见|办法|条例|规则|规定|通知|纲要|决定|细则|政策|措施|制度|清单|指南|标准|法$|决议|章程|报告/u;

/** Words that end the name of a programme when it is quoted (“城郊学校教育质量提升三年行动”). */
const PROGRAMME_HEADS = /(?:行动计划|行动|计划|规划|方案)$/u;

/** Titles in book marks: 2–40 characters without a sentence end inside. */
const TITLE = /《([^《》。！？；\n]{2,40})》/gu;

/** Short quoted phrases: 3–20 characters without inner punctuation. */
const QUOTED = /[“"]([^“”"，。、；：！？—…·\s]{3,20})[”"]/gu;

/**
 * A quoted code of 1–5 characters holding a number (十四五, 八五, 金审三期) or 双 (双减), a few more
 * characters, then 规划 / 政策 / 项目. Quoted adjectives (“滴灌型”政策) hold no number.
 */
const CODE_THEN_HEAD = /[“"]([^“”"，。、；：！？\s]{0,4}[0-9一二三四五六七八九十百双][^“”"，。、；：！？\s]{0,4})[”"](\p{Script=Han}{0,6}?)(规划|政策|项目)/gu;

/** True when the text has grammar inside (以人民为中心, 三大高地): a name has no function words or counts. */
function hasGrammar(text: string): boolean {
  return tokenize(text).some((token) => isStopPiece({ ...token, known: null }));
}

/** True when a short programme's first part is a brand (荷尖, 春风), not a generic or common word (专项, 提升). */
function isBrand(text: string): boolean {
  const tokens = tokenize(text);
  const common = tokens.length === 1 && ["n", "vn", "v", "a", "ad", "d", "b"].includes(tokens[0]?.tag ?? "");
  return !common && !isGenericText(text);
}

/** The type a quoted phrase names, or null when it is not a name. */
function quotedType(content: string): EntityType | null {
  const suffix = NAME_SUFFIXES.find((s) => content.endsWith(s.text));
  // A short quoted programme (“某某行动”) is a name when what precedes the head is not a generic word.
  if (suffix === undefined) {
    const named = content.length >= 6 || (content.length >= 4 && isBrand(content.replace(PROGRAMME_HEADS, "")));
    return PROGRAMME_HEADS.test(content) && named ? "Policy" : null;
  }
  const left = content.slice(0, content.length - suffix.text.length);
  if (left.length < suffix.minLeft) return null;
  const specific = splitPlacePrefix(left).core;
  if ((specific.length === left.length && isGenericText(specific)) || isGenericName(content)) return null;
  if (suffix.type === "Event" && NOT_EVENTS.test(content)) return null;
  return suffix.type;
}

/** A quoted rule set named by its count of articles (“关心关爱11条”, “惠企纾困25条”). */
const ARTICLES = /^\p{Script=Han}{2,8}(?:[0-9]+|[一二三四五六七八九十]+)条$/u;

/** Words after a quote that make it a nickname or an honour (“最美星空隧道”之称), not a name. */
const NICKNAME_AFTER = /^[”"](?:之称|的美誉|美誉|称号|荣誉称号|的称号)/u;

/** Proposes policies in 《…》 and names in “…” for one sentence; `known` are the lexicon mentions. */
export function findQuotedNames(text: string, known: readonly KnownSpan[]): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (const match of text.matchAll(TITLE)) {
    const title = match[1] ?? "";
    if (!POLICY_WORDS.test(title)) continue;
    const start = (match.index ?? 0) + 1;
    found.push({ start, end: start + title.length, type: "Policy", source: "quoted" });
  }
  for (const match of text.matchAll(QUOTED)) {
    const content = match[1] ?? "";
    const start = (match.index ?? 0) + 1;
    const type = ARTICLES.test(content) ? "Policy" : quotedType(content);
    if (type === null || isHonorBefore(text, start - 1) || NICKNAME_AFTER.test(text.slice(start + content.length))) continue;
    if (hasGrammar(content)) continue;
    found.push({ start, end: start + content.length, type, source: "quoted" });
  }
  for (const match of text.matchAll(CODE_THEN_HEAD)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    // A code the lexicon knows (“金10条”政策 → 金10条) is that entry, not a new name around it.
    if (known.some((span) => span.start < end && start < span.end)) continue;
    if (isHonorBefore(text, start) || hasGrammar(match[2] ?? "")) continue;
    if (match[3] === "项目" && (match[2] ?? "") === "") {
      // “金审三期”项目: the project is named by the code alone.
      found.push({ start: start + 1, end: start + 1 + (match[1] ?? "").length, type: "Project", source: "quoted" });
    } else {
      found.push({ start, end, type: match[3] === "项目" ? "Project" : "Policy", source: "quoted" });
    }
  }
  return found;
}
