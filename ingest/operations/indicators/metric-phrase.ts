/**
 * A metric read from the words right before a number when no known indicator is named there: "财政总收入
 * 7019亿元", "城镇新增就业121.7万人", "农村自来水普及率97%", "改造城镇老旧小区174万户". A report names far more
 * measures than any list holds; the phrase between the previous separator and the number is the name the
 * report itself uses. Only phrases that read as a name are taken: no counted list ("…等19家"), no number
 * that qualifies a noun ("20户以上自然村"), no bare verb.
 */
import type { TextSpan } from "../../model.ts";

// Scope and connective words at the start: "全省PM2.5浓度", "其中规上工业增加值".
// "…分公司等重点项目": after a list of names, 等 closes the list and the name follows. Modal words (力争,
// 预计) stay cues of the value's kind, not part of its name.
const LEADING = /^(?:等|力争|确保|争取|预计|计划|将|拟|全省|全市|全区|全县|全镇|全国|全年|全域|其中|同时|此外|另外|目前|截至目前|当前|并|还|已|均|共|共计|累计|年均|一年来|今年|去年)+/u;
// Cue words between a name and its number: "达到", "突破", "增长", "占比超过".
const TRAILING =
  /(?:达到了?|达|突破|超过|超|逾|近|约|增至|增加到|增加至|提高到|提高至|提升至|提升到|拓展至|扩大至|扩展至|下降到|降至|降到|稳定在|保持在|控制在|实现|完成|为|是|共|累计|分别|全年|年均|同比|比上年|较上年|增长|下降|减少|提高|提升|增加|降低|回落|增速|增幅|占比|左右|均|都|也)$/u;
const NAME = /^[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z0-9.·]*$/u;
// Separators before the name: punctuation, list marks, quotes and brackets.
const SEPARATOR = /[，。；：、,.;:!?！？（）()“”"《》【】\s]/u;
const MIN_NAME = 3;
const MAX_NAME = 14;
/** A share of one measure in another (某某增加值占地区生产总值比重) names both: it may run longer. */
const SHARE = /占.{2,}(?:比重|比例)$|占比$/u;
const MAX_SHARE_NAME = 24;

/** The name span and the cue words after it, or null when the words before the number are not a name. */
export interface MetricPhrase {
  readonly name: TextSpan;
  /** Between the name and the number: "增长", "达到", "占比超过". */
  readonly cues: TextSpan;
}

/**
 * The metric phrase ending at `quantity.start` inside `window` (from the previous value or the clause
 * start); `blockers` are spans a name cannot reach across (time words, names of places and organisations).
 */
export function metricPhrase(text: string, window: TextSpan, quantity: TextSpan, blockers: readonly TextSpan[]): MetricPhrase | null {
  // "20户以上自然村", "19家企业": the number counts a noun that follows; it is no measure's value.
  const after = text.slice(quantity.end, quantity.end + 4);
  if (/^(?:以上|以下|多|余)?的?\p{Script=Han}/u.test(after) && !/^(?:以上|以下|左右|以内)(?!\p{Script=Han})/u.test(after)) return null;
  let start = window.start;
  for (let i = quantity.start - 1; i >= window.start; i -= 1) {
    // A point between digits is a decimal point inside a name (PM2.5浓度), not a full stop.
    const decimal = text.charAt(i) === "." && /[0-9]/u.test(text.charAt(i - 1)) && /[0-9]/u.test(text.charAt(i + 1));
    if (SEPARATOR.test(text.charAt(i)) && !decimal) {
      start = i + 1;
      break;
    }
  }
  for (const b of blockers) if (b.end > start && b.end <= quantity.start) start = Math.max(start, b.end);
  let end = quantity.start;
  let phrase = text.slice(start, end);
  const leading = LEADING.exec(phrase);
  if (leading !== null) {
    start += leading[0].length;
    phrase = phrase.slice(leading[0].length);
  }
  for (let cue = TRAILING.exec(phrase); cue !== null && cue[0].length < phrase.length; cue = TRAILING.exec(phrase)) {
    end -= cue[0].length;
    phrase = phrase.slice(0, -cue[0].length);
  }
  const longest = SHARE.test(phrase) ? MAX_SHARE_NAME : MAX_NAME;
  if (phrase.length < MIN_NAME || phrase.length > longest || !NAME.test(phrase)) return null;
  // "…集团等19家", "建设…的": a counted list or a clause, not a name.
  if (/(?:等|的|和|与|及)$/u.test(phrase) || /的/u.test(phrase)) return null;
  return { name: { start, end }, cues: { start: end, end: quantity.start } };
}
