import { createRequire } from "node:module";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { describe, expect, it } from "vitest";
import { entityAdapterReuses, shareEntityAdapters } from "../../../src/api/share-entity-adapters.ts";
import { loadTypeDefs } from "../../../src/api/type-defs.ts";

// @neo4j/graphql is CommonJS: its schema is printed with the CommonJS copy of graphql.
const { printSchema } = createRequire(import.meta.url)("graphql") as typeof import("graphql");
const generatedSchema = async () => printSchema(await new Neo4jGraphQL({ typeDefs: loadTypeDefs() }).getSchema());

describe("one @neo4j/graphql adapter per entity", () => {
  it("applies to the installed release and leaves the generated schema as it was, to the byte", async () => {
    const asTheLibraryBuildsIt = await generatedSchema();
    expect(shareEntityAdapters()).toBe(true);
    expect(await generatedSchema()).toBe(asTheLibraryBuildsIt);
    // The library did ask for the shared adapters (its relationship fields all point at one entity type).
    expect(entityAdapterReuses()).toBeGreaterThan(300);
    expect(shareEntityAdapters()).toBe(true);
  }, 30_000);
});
