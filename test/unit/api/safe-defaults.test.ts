/** The API's defaults are the safe ones: details of errors only when a developer asks with KG_DEBUG=1. */
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/index.ts";

describe("API defaults", () => {
  it("mask errors unless KG_DEBUG=1, whatever NODE_ENV says", () => {
    expect(loadConfig({}).api.production).toBe(true);
    expect(loadConfig({ NODE_ENV: "development" }).api.production).toBe(true);
    expect(loadConfig({ KG_DEBUG: "0" }).api.production).toBe(true);
    expect(loadConfig({ KG_DEBUG: "1" }).api.production).toBe(false);
  });

  it("cache responses (32 MB) unless KG_RESPONSE_CACHE_MB=0", () => {
    expect(loadConfig({}).api.responseCacheBytes).toBe(32 * 1024 * 1024);
    expect(loadConfig({ KG_RESPONSE_CACHE_MB: "0" }).api.responseCacheBytes).toBe(0);
  });
});
