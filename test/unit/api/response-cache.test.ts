import { describe, expect, it } from "vitest";
import { cacheKey } from "../../../src/api/graph-version/cache-key.ts";
import { ResponseCache } from "../../../src/api/graph-version/response-cache.ts";

const response = (text: string) => ({ body: Buffer.from(text), headers: [["content-type", "application/json"]] as const });

describe("ResponseCache", () => {
  it("keeps answers under its byte bound, dropping the least recently used first", () => {
    const cache = new ResponseCache(8_000);
    const body = "x".repeat(500);
    for (let i = 0; i < 20; i++) {
      cache.set(`k${i}`, response(body));
      cache.get("k5"); // used again and again: survives
    }
    expect(cache.get("k0")).toBeUndefined();
    const stats = cache.stats();
    expect(stats.bytes).toBeLessThanOrEqual(8_000);
    expect(stats.entries).toBeGreaterThan(5);
    expect(cache.get("k5")?.body.toString()).toBe(body);
    expect(cache.get("k19")).toBeDefined();
    expect(cache.get("k6")).toBeUndefined();
  });

  it("does not keep an answer larger than an eighth of its bound, and forgets everything on clear", () => {
    const cache = new ResponseCache(8_000);
    cache.set("big", response("x".repeat(2_000)));
    expect(cache.get("big")).toBeUndefined();
    cache.set("small", response("{}"));
    cache.clear();
    expect(cache.stats()).toMatchObject({ entries: 0, bytes: 0 });
  });
});

describe("cacheKey", () => {
  it("is the same for the same operation however it is spaced, and for variables in any key order", () => {
    const a = cacheKey(3, { query: "{ entity(name: $n) { name } }", variables: { n: "x", m: 1 } }, "application/json");
    const b = cacheKey(3, { query: "{\n  entity(name: $n) {\n    name\n  }\n}", variables: { m: 1, n: "x" } }, "application/json");
    expect(a).not.toBeNull();
    expect(a).toBe(b);
  });

  it("differs by graph version, variables and Accept header", () => {
    const body = { query: "{ a }", variables: { n: "x" } };
    const key = cacheKey(1, body, undefined);
    expect(cacheKey(2, body, undefined)).not.toBe(key);
    expect(cacheKey(1, { ...body, variables: { n: "y" } }, undefined)).not.toBe(key);
    expect(cacheKey(1, body, "application/graphql-response+json")).not.toBe(key);
  });

  it("is null for what must not be cached: bad syntax, batches, persisted queries, mutations", () => {
    expect(cacheKey(1, { query: "{ a(s: \"unterminated }" }, undefined)).toBeNull();
    expect(cacheKey(1, [{ query: "{ a }" }], undefined)).toBeNull();
    expect(cacheKey(1, { query: "{ a }", extensions: { persistedQuery: {} } }, undefined)).toBeNull();
    expect(cacheKey(1, { query: "mutation { a }" }, undefined)).toBeNull();
  });
});
