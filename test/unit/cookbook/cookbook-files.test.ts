import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { COOKBOOK_DIR, listCookbook } from "../../../src/cookbook/index.ts";
import { PROJECT_ROOT } from "../../../src/config/index.ts";

describe("the cookbook files", async () => {
  const queries = await listCookbook();

  it("holds at least 15 named queries", () => {
    expect(queries.length).toBeGreaterThanOrEqual(15);
  });

  it.each(queries.map((q) => [q.name, q] as const))("%s: a header whose example runs this query with every required parameter", (name, q) => {
    expect(q.questionZh).toMatch(/[\u4e00-\u9fff]/);
    expect(q.questionEn).toMatch(/^[A-Z].*\?$/);
    expect(q.example.startsWith(`npx kg query ${name}`)).toBe(true);
    for (const p of q.params) {
      expect(q.cypher).toContain(`$${p.name}`);
      if (p.default === undefined) expect(q.example).toContain(`--param ${p.name}=`);
    }
    // Every $parameter the Cypher uses is declared in the header.
    const used = new Set([...q.cypher.replace(/^\/\/.*$/gm, "").matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(q.params.map((p) => p.name).sort());
  });

  it("has one integration test per query", () => {
    const test = readFileSync(path.join(PROJECT_ROOT, "test/integration/cypher/cookbook.int.test.ts"), "utf8");
    const files = readdirSync(COOKBOOK_DIR).filter((f) => f.endsWith(".cypher"));
    for (const file of files) expect(test, `no it("${file.slice(0, -7)}…") in cookbook.int.test.ts`).toContain(`it("${file.slice(0, -7)}:`);
  });
});
