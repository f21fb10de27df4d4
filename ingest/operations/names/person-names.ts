/**
 * People, only where the text leaves no doubt: a title right before a 2–3 character name that starts
 * with a common surname (社区书记李梓涵的手, 访问学者林萍萍就…), or such a name at a clause start right
 * before a title or a reporting verb (，林萍萍带领团队, 林萍萍表示), or before 同志; and a line of names alone (a byline)
 * when each starts with a surname. Runs of Chinese characters in prose without a cue are left alone: too often not names.
 */
import type { NameCandidate } from "./candidate.ts";

/** Common single-character surnames, minus characters that are far more often ordinary words (和, 于, 全, 党…). */
const SURNAMES = new Set(
  "王李张刘陈杨习黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯陶黎贺顾毛郝龚邵钱严覃戴莫孔汤温康施牛樊葛邢乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿兰焦俞左柳甘祝宁尚符舒阮柯纪梅童凌毕季裴霍涂苗翁冉骆蓝辛靳柴蒙鲍喻祁蒲滕屈饶牟艾尤穆卓缪简车项芦麦褚娄窦戚岑宫费卜晏席卫柏宗瞿桂佟臧闵苟邬卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘麻苑迟邝匡鞠惠荆冀郁胥储栗燕楚鄢谌奚粟冼蔺厉仝郜阚帅屠朴廉禹漆卿狄晁芮扈鹿邸雍辜裘亓邰赫杭况逯隆茹慕亢嵇湛戎勾茅檀昝尧",
);

/** Titles written before a name. */
const TITLES_BEFORE =
  "书记|副区长|区长|副市长|市长|省长|主任|院长|董事长|总经理|副总经理|局长|记者|通讯员|学者|教授|院士|经理|校长|主席|处长|科长|站长|所长|社长|总裁|理事长|秘书长|博士|研究员|创始人|责任编辑";

/** Titles and reporting verbs written after a name. */
const CUES_AFTER = "书记|区长|院长|董事长|总经理|主任|教授|院士|带领|表示|介绍|担任";

/** What may follow a name: an end, punctuation, a particle or a reporting verb. */
const AFTER_NAME = "$|[\\s，。、；：！？,;:!?“”]|的|表示|说|介绍|带领|担任|就|在|等|同志|指出|强调|认为|告诉|称|一行|作为|获|荣获|当选|入选";

/** Characters that never appear in the given name here (they are the words around it). */
const NOT_IN_GIVEN = /[的了在是和等到为说表与及从向对将把被这那个们年月日区市省]/u;

const TITLE_THEN_NAME = new RegExp(`(?:${TITLES_BEFORE})[\\s：:]*(\\p{Script=Han}{2,3})`, "gu");

/**
 * Foreign people by their office or honour (某国总统某某, 某奖得主某某): names transliterated into characters
 * that spell sounds, not words, so no surname list applies.
 */
const FOREIGN_TITLE_THEN_NAME = /(?:总统|总理|首相|国王|女王|王储|得主|讲席教授|外籍院士)([\p{Script=Han}·]{2,6}?)(?=$|[\s，。、；：！？,;:!?“”]|等|到访|访问|会见|当选|发表|出席|获)/gu;

/** Characters of transliterated foreign names (尔, 姆, 森, 曼, 罗…): a name made only of these is a sound, not a word. */
const TRANSLITERATION = /^[阿艾安奥巴拜班邦贝本比彼宾波伯博布查达戴丹道德迪蒂丁杜多厄恩尔法菲费芬弗福盖甘戈格古哈海汉豪赫亨华霍基吉加贾杰金卡凯坎康科克肯库拉莱兰朗劳勒雷黎里利莉林琳卢鲁路伦罗洛马玛迈麦曼梅蒙米密缪莫默姆穆纳内尼妮努诺欧帕佩彭皮普奇齐乔切琼萨塞桑森沙山施什斯松苏索塔泰坦汤特提图托瓦威韦维温沃乌西希谢辛休雅亚伊英尤约泽扎詹兹佐·]{2,6}$/u;
const NAME_THEN_CUE = new RegExp(`(?:^|[\\s，。、；：！？,;:!?“”])(\\p{Script=Han}{2,3}?)(?=${CUES_AFTER})`, "gu");

/** "X同志" after a preposition or a boundary (以习近平同志为核心): 同志 follows only persons. */
const NAME_THEN_COMRADE = /(?:^|[\s，。、；：！？,;:!?“”以在向和与对])(\p{Script=Han}{2,3}?)(?=同志)/gu;

/** True when `name` looks like a Chinese personal name. */
function isPersonName(name: string): boolean {
  return SURNAMES.has(name.charAt(0)) && !NOT_IN_GIVEN.test(name.slice(1));
}

const ENDS_NAME = new RegExp(`^(?:${AFTER_NAME})`, "u");

/** True when `text` at `at` is a place a name may end. */
function endsName(text: string, at: number): boolean {
  return ENDS_NAME.test(text.slice(at));
}

/** Proposes person names in one sentence. */
export function findPersonNames(text: string): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (const match of text.matchAll(TITLE_THEN_NAME)) {
    const run = match[1] ?? "";
    const runStart = (match.index ?? 0) + match[0].length - run.length;
    // Prefer the three-character reading when the text allows a name to end there.
    for (const length of [3, 2]) {
      if (run.length < length || !endsName(text, runStart + length)) continue;
      const name = run.slice(0, length);
      if (isPersonName(name)) found.push({ start: runStart, end: runStart + length, type: "Person", source: "pattern" });
      break;
    }
  }
  for (const match of [...text.matchAll(NAME_THEN_CUE), ...text.matchAll(NAME_THEN_COMRADE)]) {
    const name = match[1] ?? "";
    const start = (match.index ?? 0) + match[0].length - name.length;
    if (isPersonName(name)) found.push({ start, end: start + name.length, type: "Person", source: "pattern" });
  }
  for (const match of text.matchAll(FOREIGN_TITLE_THEN_NAME)) {
    const name = match[1] ?? "";
    const start = (match.index ?? 0) + match[0].length - name.length;
    if (TRANSLITERATION.test(name)) found.push({ start, end: start + name.length, type: "Person", source: "pattern" });
  }
  found.push(...bylineNames(text));
  return found;
}

/** A line of two or more names and nothing else (an article's byline: 某甲 某乙乙 某丙丙). */
const BYLINE = /^\s*\p{Script=Han}{2,3}(?:\s+\p{Script=Han}{2,3})+\s*$/u;

/** The names of a byline, when every one of them is a surname and a given name. */
function bylineNames(text: string): NameCandidate[] {
  if (!BYLINE.test(text)) return [];
  const names = [...text.matchAll(/\p{Script=Han}+/gu)];
  if (!names.every((m) => isPersonName(m[0]))) return [];
  return names.map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, type: "Person" as const, source: "pattern" as const }));
}
