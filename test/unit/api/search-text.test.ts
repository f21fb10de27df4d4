import { describe, expect, it } from "vitest";
import { lucenePhrase, searchTokens } from "../../../src/api/queries/search-text.ts";

describe("searchTokens", () => {
  it("cuts Chinese into character bigrams and keeps English words in lower case", () => {
    expect(searchTokens("中央活力区 CVA")).toEqual(["中央", "央活", "活力", "力区", "cva"]);
  });

  it("keeps a lone Chinese character whole and drops English stop words", () => {
    expect(searchTokens("区")).toEqual(["区"]);
    expect(searchTokens("the Central Vitality Area of Jinan")).toEqual(["central", "vitality", "area", "jinan"]);
  });

  it("lists each token once", () => {
    expect(searchTokens("活力活力")).toEqual(["活力", "力活"]);
  });
});

describe("lucenePhrase", () => {
  it("escapes Lucene syntax so user text is searched, not parsed", () => {
    expect(lucenePhrase("a:b (c)")).toBe("a\\:b \\(c\\)");
    expect(lucenePhrase('活力* "区" ~2')).toBe('活力\\* \\"区\\" \\~2');
  });

  it("lower-cases the operator words", () => {
    expect(lucenePhrase("Energy AND Internet")).toBe("Energy and Internet");
  });

  it("gives nothing to search for one character or punctuation only", () => {
    expect(lucenePhrase("区")).toBeNull();
    expect(lucenePhrase("()")).toBeNull();
  });
});
