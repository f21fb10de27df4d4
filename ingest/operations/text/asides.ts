/**
 * Recognises photo captions and bylines line by line: they carry names but state no facts,
 * and in newspaper OCR they sit in the middle of the body text.
 */
import { CIRCLED, SENTENCE_END, displayWidth } from "./chars.ts";

// One-character roles (文, 图) only count on their own: glued to a name they read as words (图书馆, 文化).
const LONG_ROLE = "(?:本报|特约)?(?:记者|通讯员|实习生|编辑|责任编辑|责编|摄影|撰稿|作者|供图|区长|市长|县长|主任|书记)";
const ROLE = `(?:${LONG_ROLE}|文/图|图/文|文/片|文|图)`;
const NAME = "[\\u4e00-\\u9fff·]{2,4}";
const ROLE_ONLY = new RegExp(`^${ROLE}$`);
const ROLE_NAME = new RegExp(`^${LONG_ROLE}${NAME}$`);
const NAME_ONLY = new RegExp(`^${NAME}$`);

const CAPTION_START = /^(?:图为|图：|图:|图片：|图片来源|上图|下图|左图|右图|[▲△▼◆■□↑])/;
const PHOTO_CREDIT = /(?:^|[\s　（(])(?:[\u4e00-\u9fff]{2,4}\s*)?(?:摄|摄影|供图)[）)]?$/;

const MAX_CAPTION_WIDTH = 80;
const MAX_BYLINE_WIDTH = 40;

/** True for a caption line: "图为…", "▲…", "①…" (short), "（张三 摄）". */
export function isCaptionLine(text: string): boolean {
  const t = text.trim();
  const width = displayWidth(t);
  if (width === 0 || width > MAX_CAPTION_WIDTH) return false;
  if (CAPTION_START.test(t)) return true;
  if (CIRCLED.test(t)) return width <= MAX_BYLINE_WIDTH && innerSentenceEnds(t) === 0;
  return width <= MAX_BYLINE_WIDTH && PHOTO_CREDIT.test(t);
}

/** True for a byline: "记者 杜春娜 通讯员 孙化鹏", "李猛 裴梦雪 孙化鹏", "（本报记者 张三）", "区长  鞠正江". */
export function isBylineLine(text: string): boolean {
  const t = text.trim();
  if (displayWidth(t) > MAX_BYLINE_WIDTH || [...t].some((ch) => SENTENCE_END.has(ch))) return false;
  const wrapped = /^[（(].*[）)]$/.test(t);
  const inner = wrapped ? t.slice(1, -1).trim() : t;
  const tokens = inner.split(/[\s　、，,]+/).filter((s) => s !== "");
  if (tokens.length === 0) return false;
  if (tokens.some((tok) => !ROLE_ONLY.test(tok) && !ROLE_NAME.test(tok) && !NAME_ONLY.test(tok))) return false;
  const hasRole = tokens.some((tok) => ROLE_ONLY.test(tok) || ROLE_NAME.test(tok));
  // A lone "记者张三" token could be a sentence opening ("记者了解到"); trust it only when set off.
  if (tokens.length === 1) return hasRole && (wrapped || /^(?:本报|特约)/.test(inner));
  if (hasRole) return tokens.some((tok) => !ROLE_ONLY.test(tok));
  // Names alone: at least two space-separated 2–3 character names, as under a feature's headline.
  return tokens.length >= 2 && tokens.every((tok) => tok.length <= 3) && /\s/.test(inner);
}

/** Sentence ends before the last character: a caption is one sentence at most. */
function innerSentenceEnds(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length - 1; i++) if (SENTENCE_END.has(text.charAt(i))) n++;
  return n;
}
