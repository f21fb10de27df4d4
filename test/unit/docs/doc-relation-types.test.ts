/**
 * Every relationship type the documentation names exists in the graph contract, so a reader who copies a type
 * from README.md or docs/ into Cypher gets the relationships, not an empty result (Cypher does not reject an
 * unknown type). A name counts as a relationship type where the docs use it as one: inside a Cypher pattern
 * (`[:SERVES]`, `[r:A|B]`), as `` `:NAME` ``, or as a capitalised word on a line that names a real type
 * (e.g. "SERVE, lie in (LOCATED_IN / PART_OF)" — SERVE is meant as a type there and does not exist).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/config/index.ts";
import { RELATION_TYPES, STRUCTURAL_RELATION_TYPES } from "../../../src/graph/contract.ts";

const KNOWN = new Set<string>([...RELATION_TYPES, ...STRUCTURAL_RELATION_TYPES]);
const DOCS = ["README.md", ...readdirSync(path.join(PROJECT_ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
const CAPITALISED = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\b/g;
/** Cypher words that may share a line with a type in a code block. */
const CYPHER_WORDS = new Set(["MATCH", "OPTIONAL", "RETURN", "WHERE", "WITH", "ORDER", "BY", "LIMIT", "AND", "OR", "NOT", "IN", "AS", "DISTINCT", "COUNT", "COLLECT", "CALL", "UNWIND", "ALL", "ANY", "SHORTEST", "DESC", "ASC", "TYPE"]);

/** The relationship type names `text` uses, each with its line number. */
function relationTypeNames(text: string): { name: string; line: number }[] {
  const found: { name: string; line: number }[] = [];
  text.split("\n").forEach((line, index) => {
    const seen = new Set<string>();
    const add = (name: string) => {
      if (!seen.has(name)) found.push({ name, line: index + 1 });
      seen.add(name);
    };
    // Cypher relationship patterns: [:A], [r:A|B|C], [:A*1..3]; the docs' tables escape | as \|.
    for (const m of line.matchAll(/\[\w*:([A-Z_\\|]+)/g)) for (const name of (m[1] ?? "").split(/\\?\|/)) if (name) add(name);
    for (const m of line.matchAll(/`:([A-Z][A-Z_]+)`/g)) add(m[1] ?? "");
    const words = [...line.matchAll(CAPITALISED)].map((m) => m[0]).filter((w) => w.length > 2 && !CYPHER_WORDS.has(w));
    if (words.some((w) => KNOWN.has(w))) for (const w of words) if (/^[A-Z_]+$/.test(w)) add(w);
  });
  return found;
}

describe("relationship types named in the documentation", () => {
  it("finds the names where the docs use them (so the check below means something)", () => {
    const names = relationTypeNames("see (LOCATED_IN / PART_OF) and SERVE\nMATCH (a)-[r:SERVES|BUILDS]->(b) RETURN a\n| `:HOSTS` | x |");
    expect(names.map((n) => n.name).sort()).toEqual(["BUILDS", "HOSTS", "LOCATED_IN", "PART_OF", "SERVE", "SERVES"]);
  });

  it.each(DOCS)("%s names only relationship types of the graph contract", (file) => {
    const names = relationTypeNames(readFileSync(path.join(PROJECT_ROOT, file), "utf8"));
    const unknown = names.filter((n) => !KNOWN.has(n.name)).map((n) => `${file}:${n.line} ${n.name}`);
    expect(unknown, `not in src/graph/contract.ts (RELATION_TYPES, STRUCTURAL_RELATION_TYPES)`).toEqual([]);
  });

  it("names every relation type of the contract somewhere, with the graph model listing them all", () => {
    const model = relationTypeNames(readFileSync(path.join(PROJECT_ROOT, "docs/graph-model.md"), "utf8")).map((n) => n.name);
    expect([...KNOWN].filter((t) => !model.includes(t))).toEqual([]);
  });
});
