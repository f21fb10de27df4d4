/**
 * The place a report is about, read from the report itself: "我代表龙山区人民政府", "在江东省第十四届人民代表大会
 * 第三次会议上", a title such as "2030年江东省政府工作报告", or a byline "江东省人民政府省长 某某". A report that
 * names its government only by level ("我代表省人民政府") takes the full name from the title or the 大会 line.
 * Nothing is assumed: a text that says none of these has no place, and facts that need one get no subject.
 */

/** A place name: a few Han characters and an administrative head. */
const PLACE = String.raw`\p{Script=Han}{1,10}?(?:省|市|区|县|自治区|自治州|州|盟|旗)`;

/** Patterns in the order of trust: the speaker's own words first, then the 大会 line, the title, the byline. */
const PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`我代表(${PLACE})人民政府`, "u"),
  new RegExp(String.raw`在(${PLACE})第[一二三四五六七八九十]+届人民代表大会`, "u"),
  new RegExp(String.raw`(?:^|\n)\s*(?:\d{4}年)?(${PLACE})(?:人民)?政府工作报告`, "u"),
  new RegExp(String.raw`(${PLACE})人民政府(?:省长|市长|区长|县长|州长|主席)`, "u"),
];

/** How far into the text the place is looked for: reports say it in their opening lines. */
const HEAD_CHARS = 2000;

/** Words that end like a place without being one (地区, 城区, 辖区…): a place needs a proper part before its head. */
const NOT_A_PLACE = /^(?:本|全|该|各|我|辖|城|地|市|省|县|区|社|园|片|新|老|景|街|小|山|自治)?(?:省|市|区|县|自治区|州)$/u;

/**
 * The place the text reports on, as the text spells it (龙山区, 江东省), or null.
 * @example findDocumentPlace("各位代表：\n现在，我代表龙山区人民政府，向大会报告工作") // "龙山区"
 */
export function findDocumentPlace(text: string, title = ""): string | null {
  const head = `${title}\n${text.slice(0, HEAD_CHARS)}`;
  for (const pattern of PATTERNS) {
    const place = pattern.exec(head)?.[1];
    if (place !== undefined && isPlaceName(place)) return place;
  }
  return null;
}

/** True for a proper place name (龙山区), false for a bare level or a generic word (区, 全市, 城区). */
export function isPlaceName(name: string): boolean {
  return name.length >= 2 && !NOT_A_PLACE.test(name);
}
