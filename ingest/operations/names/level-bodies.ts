/**
 * Bodies named by a bare level: 省人大, 区政协, 市人大常委会, 县人民政府. Every report names its own place's
 * congress, conference and government this way; the level alone (no place word before it) is their whole
 * name, which the head rule cannot accept because a name needs a proper part.
 */
import type { NameCandidate } from "./candidate.ts";
import { isGenericText } from "./name-checks.ts";
import type { Piece } from "./pieces.ts";

/** A level and a body, unless it is a member's title (省人大代表) or a report's (市政府工作报告). */
const LEVEL_BODY = /[省市区县](?:人大常委会|人大|政协|人民政府|政府|纪委监委|纪委)(?![\p{Script=Han}]*(?:工作报告|代表|委员))/gu;

/** What may stand right before such a name: a verb or word that governs it, or punctuation (not 全|市政府). */
const BEFORE = /(?:代表|提请|经|请|向|在|由|和|与|及|、|，|。|；|：|\s)$/u;

/**
 * The fields government departments are named after (财政, 自然资源, 农业农村…), full and short: general
 * vocabulary of Chinese administration, the same in every place.
 */
const FIELDS =
  "发展改革|发展和改革|发改|财政|教育|科技|科学技术|工业和信息化|工信|公安|民政|司法|人力资源和社会保障|人力资源社会保障|人社|自然资源|生态环境|" +
  "住房和城乡建设|住房城乡建设|住建|交通运输|水利|农业农村|商务|文化和旅游|文化广电旅游|文旅|卫生健康|卫健|退役军人事务|应急管理|审计|国资|" +
  "市场监管|市场监督管理|统计|医保|医疗保障|林草|林业和草原|林业|体育|税务|金融|数据|政务服务和数据管理|信访|外事|宣传|组织|统战|政法|网信|" +
  "机构编制|知识产权|能源|粮食和物资储备|气象|民族宗教|改革|城市管理|城管|规划和自然资源|规划|国土|环保|侨务|港澳事务|台湾事务";

/**
 * A department: an optional level or the centre, a field and a department's head (某某部, 省某某厅, 国家某某委,
 * 中央某某办), and the party committees' and governments' own offices (省委办公厅, 市政府办公室).
 */
const DEPARTMENT = new RegExp(
  `(?:(?:国家|中央|省|市|区|县)(?:委|政府)?)?(?:${FIELDS})(?:委员会|办公室|办公厅|部|厅|局|委|办)(?!长|主任)(?![\\p{Script=Han}]*(?:工作报告|代表|委员|主任|局长|厅长|部长))|(?:省|市|区|县)(?:委|政府)(?:办公厅|办公室)`,
  "gu",
);

/**
 * A public institution named by its level and kind (县人民医院, 市第三口腔医院, 县文化馆, 省精神卫生中心): each
 * place has one, so the level is its whole name.
 */
const LEVEL_INSTITUTION =
  /(?:省|市|区|县)(?:第[一二三四五六七八九十]+)?(?:人民医院|中医院|中西医结合医院|中心医院|妇幼保健院|儿童医院|骨科医院|眼科医院|口腔医院|精神卫生中心|疾控中心|疾病预防控制中心|少儿图书馆|图书馆|文化馆|博物馆|美术馆|科技馆|档案馆|体育中心|人民法院|人民检察院|党校|老年大学|社会福利院|中医药学会|行政服务大厅|政务服务中心|高级中学|高中|中学|实验学校)(?![\p{Script=Han}]*(?:院长|馆长|校长|主任))/gu;

/**
 * A centre or platform a level runs (区级某某办理中心, 区某某指挥中心): the level before a run of plain words and the
 * head. The run holds no function word, count or verb of doing, so it stays one name.
 */
const LEVEL_CENTRE = /(?:省|市|区(?!域)|县)级?(?!以上)([\p{Script=Han}A-Za-z]{3,10}?)(?:指挥中心|服务中心|办理中心|指导中心|运行中心|监测中心|中心|平台)(?![\p{Script=Han}]*(?:主任|负责人))/gu;

/** Words a level-run centre's name never holds: function words, counts, verbs of doing. */
const NOT_IN_CENTRE = /^级|[的和与及等个项家为在对把将]|以上|[百十千]强|建设|推进|打造|完善|提升|加快|实现|新建|成立|设立|开展|推动|一批|各类/u;

/** True when the level at `start` starts a word (推进|县人民医院), not ends another (全区, 城区, 辖区). */
function levelStartsWord(text: string, start: number): boolean {
  return start === 0 || !/[全本该各城辖地郊景园校市省县区]/u.test(text.charAt(start - 1));
}

/** Proposes the level bodies and departments of one sentence as institutions. */
export function findLevelBodies(text: string): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (const m of text.matchAll(LEVEL_BODY)) {
    const start = m.index ?? 0;
    if (start > 0 && !BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
    found.push({ start, end: start + m[0].length, type: "Institution", source: "pattern" });
  }
  for (const m of text.matchAll(LEVEL_INSTITUTION)) {
    const start = m.index ?? 0;
    if (!levelStartsWord(text, start)) continue;
    found.push({ start, end: start + m[0].length, type: "Institution", source: "pattern" });
  }
  for (const m of text.matchAll(LEVEL_CENTRE)) {
    const start = m.index ?? 0;
    if (!levelStartsWord(text, start)) continue;
    // A run of generic words (省级|创新|平台, 区级|公办托育|中心) says what kind of centre, not which.
    if (NOT_IN_CENTRE.test(m[1] ?? "") || isGenericText(m[1] ?? "")) continue;
    found.push({ start, end: start + m[0].length, type: "Platform", source: "pattern" });
  }
  for (const m of text.matchAll(DEPARTMENT)) {
    const start = m.index ?? 0;
    // A department is named whole: a Han character glued in front belongs to another word (全省财政, 某某局).
    if (start > 0 && /\p{Script=Han}/u.test(text.charAt(start - 1)) && !BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
    found.push({ start, end: start + m[0].length, type: "Institution", source: "pattern" });
  }
  return found;
}

/** Verbs of an authority acting on a matter (某某批复, 某某印发): their subject is a body. */
const AUTHORITY_VERBS: ReadonlySet<string> = new Set(["批复", "批准", "印发", "发布", "部署", "认定", "同意", "授予", "表彰", "命名", "审议", "决定"]);

/**
 * Bodies the segmenter's dictionary knows as organisations (tag nt) or abbreviations (j), where they act as an
 * authority (某某批复, 由某某认定): the verb says the word is a body, not a class of them.
 */
export function findActingBodies(pieces: readonly Piece[]): NameCandidate[] {
  return pieces.flatMap((piece, k): NameCandidate[] => {
    const next = pieces[k + 1];
    if (piece.known !== null || !/^(?:nt|j)$/u.test(piece.tag) || piece.text.length < 2 || piece.text.length > 8) return [];
    return next !== undefined && AUTHORITY_VERBS.has(next.text) ? [{ start: piece.start, end: piece.end, type: "Institution", source: "pattern" }] : [];
  });
}
