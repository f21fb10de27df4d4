/**
 * The operations a first-time visitor finds in the playground, one tab each: the example questions of the
 * product brief through `ask`, then the semantic fields they are built on. (GraphiQL keeps the user's own
 * tabs in localStorage afterwards; "Reset" in its settings brings these back.)
 */
import type { GraphiQLProps } from "graphiql";

/** One tab: its operation and, optionally, variables. */
export type ExampleTab = NonNullable<GraphiQLProps["defaultTabs"]>[number];

/** The public example questions, in Chinese (with the English form where the brief gives one); `label` names the tab. */
export const EXAMPLE_QUESTIONS: readonly { readonly operation: string; readonly label: string; readonly zh: string; readonly en?: string }[] = [
  { operation: "AskProjectsServingCVA", label: "问：服务中央活力区", zh: "哪些项目服务于中央活力区？", en: "Which projects serve the Central Vitality Area?" },
  { operation: "AskRenewalInCommercialPort", label: "问：商埠区更新", zh: "中央商埠区正在推进哪些更新项目？" },
  { operation: "AskEnergyClusterEnterprises", label: "问：能源企业", zh: "能源互联网产业集聚区引进或集聚了哪些能源企业？" },
  { operation: "AskFutureNetworkInstitute", label: "问：未来网络研究院", zh: "山东未来网络研究院和哪些项目、人物有关？" },
  { operation: "AskGdp2021", label: "问：2021年GDP", zh: "2021年市中区地区生产总值是多少？", en: "What was the district's GDP in 2021?" },
  { operation: "AskShangxinStreetProgress", label: "问：上新街进展", zh: "上新街项目这几年进展如何？", en: "How did the Shangxin Street project progress over the years?" },
];

const ASK_SELECTION = `{
    question
    answered
    answer
    interpretation
    reason
    count
    items {
      name
      type
      value
      unit
      year
      kind
      relation
      via
      text
      evidence { quote documentTitle publishedAt }
    }
    entities { name type surface match }
    cypher
    params
  }`;

function askTab(operation: string, question: string): ExampleTab {
  return {
    query: `# ${question}\n# 点击 ▶ 运行（Ctrl-Enter）；每条结果都附原文证据。\nquery ${operation} {\n  ask(question: ${JSON.stringify(question)}) ${ASK_SELECTION}\n}\n`,
  };
}

const ENGLISH_TAB: ExampleTab = {
  query: [
    "# The same questions in English. Several operations in one tab: put the cursor in one and press",
    "# Ctrl-Enter, or pick it from the ▶ menu.",
    ...EXAMPLE_QUESTIONS.filter((q) => q.en !== undefined).map(
      (q) => `query ${q.operation}En {\n  ask(question: ${JSON.stringify(q.en)}) {\n    answered answer interpretation\n    items { name type value unit year kind evidence { quote documentTitle publishedAt } }\n    cypher\n  }\n}`,
    ),
  ].join("\n\n"),
};

const PROJECTS_SERVING_TAB: ExampleTab = {
  query: `# 服务于某区域或战略的项目（含其下属片区内的项目），每一跳都有证据。
# Projects serving an area or strategy, with the path and the evidence of every hop.
query ProjectsServing($target: String!) {
  projectsServing(target: $target) {
    project { name type aliases }
    direct
    explanation
    path {
      from { name }
      relation
      to { name }
      year
      evidence { quote documentTitle publishedAt }
    }
  }
}
`,
  variables: `{ "target": "中央活力区" }`,
};

const TIMELINE_TAB: ExampleTab = {
  query: `# 项目历年进展：按年份排列的里程碑（规划、开工、在建、完成、开街…）及原文。
# A project's history: milestones by year, with the sentences that report them.
query Timeline($name: String!) {
  timeline(name: $name) {
    entity { name type }
    latestStatus
    years {
      year
      milestones {
        status
        year
        reportedAt
        evidence { quote documentTitle publishedAt }
      }
    }
  }
}
`,
  variables: `{ "name": "上新街" }`,
};

const INDICATOR_TAB: ExampleTab = {
  query: `# 指标序列：各年份的实际值、预计值与目标值，以及文件之间的数字冲突。
# A metric by year: actual against target (and estimates), with conflicts between documents flagged.
query IndicatorSeries($metric: String!, $subject: String) {
  indicatorSeries(metric: $metric, subject: $subject) {
    metric
    indicator { name aliases }
    subject { name }
    hasConflict
    years {
      year
      unit
      actual
      estimate
      target
      gap
      conflict
      values { value kind evidence { quote documentTitle publishedAt } }
    }
  }
}
`,
  variables: `{ "metric": "GDP", "subject": "市中区" }`,
};

const EXPLORE_TAB: ExampleTab = {
  query: `# 按名称、简称或英文名查找实体，再看它的关系。Find an entity by any of its names, then its relations.
query Search {
  search(query: "Central Vitality Area", limit: 5) {
    entity { name type aliases }
    score
    matchedBy
    matched
  }
}

query Entity {
  entity(name: "未来网络研究院") { id name type aliases en }
}

query Related {
  related(name: "山东未来网络研究院", depth: 2, limit: 20) {
    entity { name type }
    distance
    explanation
    path { relation evidence { quote documentTitle publishedAt } }
  }
}

query Path {
  path(from: "京东产业园", to: "育英中学") {
    length
    explanation
    hops { relation evidence { quote documentTitle } }
  }
}
`,
};

/**
 * What each example tab is called on screen, by the operation name GraphiQL titles it with: GraphQL names are
 * ASCII, and eleven of them (~2,000 px) overflowed the tab bar at 1,400 px; short Chinese labels fit and tell a
 * planner what each tab asks.
 */
export const TAB_LABELS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(EXAMPLE_QUESTIONS.map((q) => [q.operation, q.label])),
  [`${EXAMPLE_QUESTIONS.find((q) => q.en !== undefined)?.operation ?? ""}En`]: "English 英文提问",
  ProjectsServing: "服务项目",
  Timeline: "项目进展",
  IndicatorSeries: "指标序列",
  Search: "查找与关系",
};

/** The tabs a first-time visitor sees: the example questions first, then the semantic fields. */
export const EXAMPLE_TABS: readonly ExampleTab[] = [
  ...EXAMPLE_QUESTIONS.map((q) => askTab(q.operation, q.zh)),
  ENGLISH_TAB,
  PROJECTS_SERVING_TAB,
  TIMELINE_TAB,
  INDICATOR_TAB,
  EXPLORE_TAB,
];
