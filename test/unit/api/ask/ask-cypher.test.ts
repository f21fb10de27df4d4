/** The Cypher each intent runs, pinned: a change to a template shows up here as a diff to review. */
import { describe, expect, it } from "vitest";
import { buildQuery } from "../../../../src/api/ask/build-query.ts";
import { detectIntent } from "../../../../src/api/ask/detect-intent.ts";
import { parseQuestion } from "../../../../src/api/ask/parse-question.ts";
import { smallIndex } from "./small-index.ts";

const index = smallIndex();

function queryFor(question: string) {
  const understanding = detectIntent(parseQuestion(question, index), index);
  if (!understanding.ok) throw new Error(`not understood: ${question} (${understanding.reason})`);
  return buildQuery(understanding.intent);
}

describe("ask Cypher templates", () => {
  it.each([
    "哪些项目服务于中央活力区？",
    "中央商埠区正在推进哪些更新项目？",
    "能源互联网产业集聚区引进或集聚了哪些能源企业？",
    "山东未来网络研究院和哪些项目、人物有关？",
    "2021年市中区地区生产总值是多少？",
    "上新街项目这几年进展如何？",
    "山东未来网络研究院和林萍萍有什么关系",
    "京东产业园在哪里？",
    "2023年开工了哪些项目",
    "哪份文件提到了上新街",
    "有哪些项目？",
  ])("%s", (question) => {
    const query = queryFor(question);
    expect(query.cypher).toMatchSnapshot();
    expect(query.params).toMatchSnapshot();
  });

  it("never writes a value of the question into the query text", () => {
    const query = queryFor("2021年市中区地区生产总值是多少？");
    expect(query.cypher).not.toContain("2021");
    expect(query.cypher).not.toContain("地区生产总值");
    expect(query.params).toMatchObject({ metrics: ["地区生产总值"], years: [2021] });
  });
});
