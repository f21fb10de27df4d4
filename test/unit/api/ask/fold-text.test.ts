import { describe, expect, it } from "vitest";
import { foldChar, foldText } from "../../../../src/api/ask/fold-text.ts";

describe("foldText", () => {
  it("folds every UTF-16 code unit as foldChar does, one for one", () => {
    let all = "";
    for (let code = 0; code < 0x10000; code++) all += String.fromCharCode(code);
    const folded = foldText(all);
    expect(folded.length).toBe(all.length);
    for (let code = 0; code < 0x10000; code++) {
      if (folded.charAt(code) !== foldChar(all.charAt(code))) expect(`U+${code.toString(16)} → ${folded.charAt(code)}`).toBe(foldChar(all.charAt(code)));
    }
  });

  it("folds full-width letters, quotes and list marks", () => {
    expect(foldText("ＡＩ小镇“数字”、建设。")).toBe('ai小镇"数字",建设.');
  });
});
