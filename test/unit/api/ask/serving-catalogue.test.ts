/** "What serves X" is written once: the GraphQL field, ask and the cookbook file all come from one builder. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../../src/config/index.ts";
import { servesQuery } from "../../../../src/api/ask/queries/serves-query.ts";
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
});
