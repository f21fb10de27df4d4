import { describe, expect, it } from "vitest";
import { loadConfig } from "../../../src/config/index.ts";

describe("loadConfig", () => {
  it("defaults to the embedded Neo4j on 127.0.0.1:7687", () => {
    const config = loadConfig({});
    expect(config.neo4j).toMatchObject({ mode: "embedded", uri: "bolt://127.0.0.1:7687", user: "neo4j" });
    expect(config.api).toMatchObject({ host: "127.0.0.1", port: 4000 });
  });

  it("uses NEO4J_URI, including routing URIs, and starts nothing local", () => {
    const config = loadConfig({ NEO4J_URI: "neo4j://cluster.example:7687", NEO4J_USER: "reader", NEO4J_PASSWORD: "secret", NEO4J_DATABASE: "kg" });
    expect(config.neo4j).toEqual({ mode: "external", uri: "neo4j://cluster.example:7687", user: "reader", password: "secret", database: "kg" });
  });

  it("names the variable that is wrong", () => {
    expect(() => loadConfig({ NEO4J_URI: "http://localhost:7474" })).toThrow(/NEO4J_URI/);
    expect(() => loadConfig({ NEO4J_URI: "bolt://localhost:7687" })).toThrow(/NEO4J_PASSWORD/);
    expect(() => loadConfig({ KG_NEO4J_PORT: "99999" })).toThrow(/KG_NEO4J_PORT/);
    expect(() => loadConfig({ PORT: "abc" })).toThrow(/PORT/);
    expect(() => loadConfig({ NEO4J_PASSWORD: "short" })).toThrow(/at least 8/);
  });
});
