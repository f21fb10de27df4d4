/**
 * Hand-made inputs for the fact extractors: a sentence, mentions found by exact name, and a small
 * trigger lexicon of our own (so tests do not change when ingest/data/triggers.json is tuned).
 */
import type { EntityType } from "../../src/graph/contract.ts";
import type { EventFact, IndicatorFact, RelationFact, ResolvedMention, Sentence } from "../../ingest/model.ts";
import { parseTriggers, type Triggers } from "../../ingest/operations/vocabulary/triggers.ts";

/** A body sentence with the given text. */
export function makeSentence(text: string, options: { index?: number; heading?: string | null; isAside?: boolean } = {}): Sentence {
  return {
    index: options.index ?? 0,
    text,
    start: 0,
    end: text.length,
    originalStart: 0,
    originalEnd: text.length,
    heading: options.heading ?? null,
    isAside: options.isAside ?? false,
  };
}

/** A name to look for: surface, type, and the entity id (defaults to the surface). */
export type NameSpec = readonly [surface: string, type: EntityType, id?: string];

/** Every occurrence of the given names in the sentence, longest names first, never overlapping. */
export function mentionsIn(sentence: Sentence, names: readonly NameSpec[]): ResolvedMention[] {
  const taken: ResolvedMention[] = [];
  const sorted = [...names].sort((a, b) => b[0].length - a[0].length);
  for (const [surface, type, id] of sorted) {
    for (let at = sentence.text.indexOf(surface); at >= 0; at = sentence.text.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      if (taken.some((m) => m.start < end && at < m.end)) continue;
      taken.push({ sentenceIndex: sentence.index, surface, start: at, end, type, source: "lexicon", canonical: null, entityId: id ?? surface });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** A sentence and its mentions in one call. */
export function scene(text: string, names: readonly NameSpec[], options: Parameters<typeof makeSentence>[1] = {}) {
  const sentence = makeSentence(text, options);
  return { sentence, mentions: mentionsIn(sentence, names) };
}

/** Relations as "from -TYPE-> to" lines, sorted, for readable assertions. */
export const relationLines = (facts: readonly RelationFact[]): string[] => facts.map((f) => `${f.fromId} -${f.type}-> ${f.toId}`).sort();

/** Indicator values as "subject metric value unit year kind" lines, in extraction order. */
export const indicatorLines = (facts: readonly IndicatorFact[]): string[] =>
  facts.map((f) => `${f.subjectId} ${f.metric} ${f.value}${f.unit} ${f.year ?? "?"} ${f.kind}`);

/** Events as "project status year" lines, sorted. */
export const eventLines = (facts: readonly EventFact[]): string[] => facts.map((f) => `${f.projectId} ${f.status} ${f.year ?? "?"}`).sort();

/** The tests' own trigger lexicon. */
export const TEST_TRIGGERS: Triggers = parseTriggers(
  {
    relations: [
      { type: "LOCATED_IN", triggers: ["落户", "位于", "落地", "坐落于"] },
      { type: "PART_OF", triggers: ["隶属于", "划入"] },
      { type: "SERVES", triggers: ["服务", "助力", "支撑", "延伸至"] },
      { type: "PROMOTES", triggers: ["发展", "培育", "壮大", "聚焦", "打造"] },
      { type: "BELONGS_TO", triggers: ["属于", "入选"] },
      { type: "RELIES_ON", triggers: ["依托", "借助"] },
      { type: "INTRODUCED", triggers: ["引进", "招引", "集聚", "引入", "落户", "落地"] },
      { type: "HEADQUARTERED_IN", triggers: ["总部", "区域性总部"] },
      { type: "BUILDS", triggers: ["建设", "打造", "组建", "成立"] },
      { type: "OPERATES", triggers: ["运营", "负责运营"] },
      { type: "PARTNERS_WITH", triggers: ["签约", "签署", "合作", "联合", "携手", "共建", "对接", "共同"] },
      { type: "LEADS", triggers: ["带领", "担任", "负责人", "区长", "书记", "省长"] },
      { type: "HOSTS", triggers: ["入驻", "签约入驻", "举办"] },
    ],
    events: [
      { status: "planned", triggers: ["策划", "谋划"] },
      { status: "signed", triggers: ["签约", "签署"] },
      { status: "relocation_done", triggers: ["完成征收", "征迁完成", "完成拆迁"] },
      { status: "started", triggers: ["开工", "动工", "开工建设"] },
      { status: "under_construction", triggers: ["在建", "加快建设"] },
      { status: "completed", triggers: ["竣工", "建成"] },
      { status: "opened", triggers: ["开街", "开业", "开园", "开街营业"] },
      { status: "in_operation", triggers: ["投入使用", "投用", "投入运营"] },
    ],
    valueKinds: [
      { kind: "target", cues: ["力争", "目标", "确保", "预期", "计划", "将"] },
      { kind: "estimate", cues: ["预计"] },
      { kind: "actual", cues: ["完成", "实现", "达到", "增长"] },
    ],
    units: ["亿元", "万元", "元", "%", "万平方米", "平方米", "个", "家", "户", "套", "万人", "人", "处", "亿美元", "个百分点"],
  },
  "test/helpers/fact-fixtures.ts",
);
