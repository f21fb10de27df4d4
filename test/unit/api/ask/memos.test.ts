import { describe, expect, it } from "vitest";
import { remember } from "../../../../src/api/ask/bounded-memo.ts";
import { oncePer } from "../../../../src/api/ask/once-per.ts";

describe("memos", () => {
  it("reads once per key object, and again for another object with the same content", () => {
    let reads = 0;
    const lengthOf = oncePer((words: readonly string[]) => {
      reads++;
      return words.join("").length;
    });
    const key = ["中央", "活力区"];
    expect(lengthOf(key)).toBe(5);
    expect(lengthOf(key)).toBe(5);
    expect(reads).toBe(1);
    expect(lengthOf([...key])).toBe(5);
    expect(reads).toBe(2);
  });

  it("keeps a value read as undefined without reading it again", () => {
    let reads = 0;
    const nothing = oncePer((_key: object): undefined => {
      reads++;
      return undefined;
    });
    const key = {};
    nothing(key);
    nothing(key);
    expect(reads).toBe(1);
  });

  it("starts a bounded memo over when it is full", () => {
    const memo = new Map<number, number>();
    for (let i = 0; i < 3; i++) remember(memo, i, i * i, 3);
    expect(memo.size).toBe(3);
    expect(remember(memo, 3, 9, 3)).toBe(9);
    expect([...memo]).toEqual([[3, 9]]);
  });
});
