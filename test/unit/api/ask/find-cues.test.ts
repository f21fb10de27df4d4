import { describe, expect, it } from "vitest";
import { findCues, findWords, hasCue, hasWords } from "../../../../src/api/ask/find-cues.ts";

const SERVES = { zh: ["服务于", "服务"], en: ["serve", "contribute to"] };

describe("cue finding", () => {
  it("finds Chinese cues as substrings, a hit inside a longer one dropped", () => {
    expect(findCues("哪些项目服务于□□□", SERVES)).toEqual([{ cue: "服务于", start: 4, end: 7 }]);
    expect(findCues("服务与服务于", SERVES)).toEqual([
      { cue: "服务", start: 0, end: 2 },
      { cue: "服务于", start: 3, end: 6 },
    ]);
  });

  it("finds English cues at word boundaries only, any run of spaces between words", () => {
    expect(findCues("which projects serve it", SERVES)).toEqual([{ cue: "serve", start: 15, end: 20 }]);
    expect(findCues("what is served", SERVES)).toEqual([]);
    expect(findCues("they contribute   to it", SERVES)).toEqual([{ cue: "contribute to", start: 5, end: 20 }]);
    expect(findCues("contributeto", SERVES)).toEqual([]);
    expect(findWords("serve, serve and reserve", "serve")).toEqual([
      { cue: "serve", start: 0, end: 5 },
      { cue: "serve", start: 7, end: 12 },
    ]);
  });

  it("says whether a phrase occurs exactly when findWords finds it", () => {
    for (const [text, phrase] of [
      ["serve, serve and reserve", "serve"],
      ["what is served", "serve"],
      ["they contribute   to it", "contribute to"],
      ["contributeto", "contribute to"],
      ["ridge lake park", "lake park"],
    ] as const) {
      expect(hasWords(text, phrase)).toBe(findWords(text, phrase).length > 0);
    }
  });

  it("reads English cues without a letter in texts without one", () => {
    const cues = { zh: [], en: ["500", "top 500"] };
    expect(findCues("世界500强", cues)).toEqual([{ cue: "500", start: 2, end: 5 }]);
    expect(hasCue("世界500强", cues)).toBe(true);
    expect(hasCue("世界五百强", cues)).toBe(false);
  });

  it("says whether a list occurs exactly when findCues finds something", () => {
    for (const text of ["哪些项目服务于□□□", "which projects serve it", "what is served", "服务", "nothing here", ""]) {
      expect(hasCue(text, SERVES)).toBe(findCues(text, SERVES).length > 0);
    }
  });
});
