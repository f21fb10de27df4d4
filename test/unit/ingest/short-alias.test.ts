import { describe, expect, it } from "vitest";
import { findMentions } from "../../../ingest/operations/names/find-mentions.ts";
import { buildLexiconIndex, parseLexicon } from "../../../ingest/operations/names/lexicon.ts";
import { sentences } from "./fixtures/lexicon-fixture.ts";

// A district known by a two-character short name that also hides inside common words.
const LEXICON = buildLexiconIndex(
  parseLexicon({ entities: [{ name: "济南市市中区", type: "Area", aliases: ["市中区", "市中"] }, { name: "山东大学", type: "Institution", aliases: ["山大"] }] }, "test"),
);
const found = (text: string): string[] => findMentions(sentences(text), LEXICON).map((m) => m.surface);

describe("short aliases and word boundaries", () => {
  it("does not find a short alias inside a dictionary word that crosses its edge", () => {
    expect(found("新商场位于市中心的繁华地段")).toEqual([]);
    expect(found("骑行在城市中的绿道上")).toEqual([]);
    expect(found("绿洲藏在都市中")).toEqual([]);
  });

  it("still finds it where it stands as a name", () => {
    expect(found("推动新项目落地市中")).toContain("市中");
    expect(found("如今的市中，坚持融合发展")).toEqual(["市中"]);
    expect(found("山大与市中区签约")).toEqual(["山大", "市中区"]);
  });
});
