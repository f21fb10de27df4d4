/** "What serves X" and "how do X and Y connect" are written once: the GraphQL fields, ask and the cookbook files come from one builder each. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../../src/config/index.ts";
import { servesQuery } from "../../../../src/api/ask/queries/serves-query.ts";
import { pathQuery } from "../../../../src/api/ask/queries/path-query.ts";
import { DEFAULT_MAX_HOPS, shortestPathCookbook, shortestPathQuery } from "../../../../src/api/queries/shortest-path.ts";
import { MAX_CONTAINMENT_DEPTH, projectsServingCookbook, projectsServingQuery, SERVING_LINKS } from "../../../../src/api/queries/projects-serving.ts";

const linkLines = (cypher: string) => cypher.split("\n").filter((l) => l.trim().startsWith("MATCH path =")).map((l) => l.trim().replace(/\(p:Project\)|\(item:Entity\)/g, "(ITEM)").replace(/\(t\)|\(x\)/g, "(TARGET)"));

describe("the serving catalogue", () => {
  it("generates cypher/projects-serving.cypher (regenerate: npx tsx -e 'import(\"./src/api/queries/projects-serving.ts\").then(m=>process.stdout.write(m.projectsServingCookbook()))' > cypher/projects-serving.cypher)", () => {
    expect(readFileSync(path.join(PROJECT_ROOT, "cypher", "projects-serving.cypher"), "utf8")).toBe(projectsServingCookbook());
  });

  it("gives the GraphQL field, ask and the cookbook the same links and the same containment depth", () => {
    const field = linkLines(projectsServingQuery("e-1").cypher);
    expect(field).toHaveLength(SERVING_LINKS.length);
    expect(linkLines(servesQuery(["e-1"], ["Project"]).cypher)).toEqual(field);
    expect(linkLines(projectsServingCookbook())).toEqual(field);
    for (const line of field) expect(line).toContain(`*0..${MAX_CONTAINMENT_DEPTH}]`);
  });

  it("generates cypher/shortest-path.cypher and gives the path field, ask and the cookbook one path pattern", () => {
    expect(readFileSync(path.join(PROJECT_ROOT, "cypher", "shortest-path.cypher"), "utf8")).toBe(shortestPathCookbook());
    const pattern = (cypher: string) => /SHORTEST \(a\)-\[:([A-Z_|]+)\]-\{1,(\d+)\}\(b\)/.exec(cypher)?.slice(1);
    const field = pattern(shortestPathQuery("e-1", "e-2", DEFAULT_MAX_HOPS).cypher);
    expect(field).toBeDefined();
    expect(pattern(pathQuery("e-1", "e-2").cypher)).toEqual(field);
    expect(pattern(shortestPathCookbook())).toEqual(field);
  });
});
