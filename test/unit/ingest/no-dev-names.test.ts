/**
 * The dev set measures the extractor and `ask` on reports nobody tuned them on, so none of its names may sit in
 * the code or the general word lists they run on: a literal that equals a proper name of a dev document fails
 * this test. Industries and indicators are excluded: their names (人工智能, 地区生产总值) are ordinary vocabulary
 * every report shares; so are the few ordinary words below that an annotator also marked as a name. The
 * corpus's own curated list and gold (ingest/data/corpus, test/gold) hold the corpus's names, some of which a
 * dev report also mentions; they are not what recognition rests on (eval:dev runs without them).
 * Skipped where the dev set is not checked out beside the project.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/config/index.ts";
import { DEVSET } from "../../eval/dev-inputs.ts";

const GOLD = path.join(DEVSET, "gold_dev.json");
const PROPER_TYPES = new Set(["Area", "Project", "Platform", "Institution", "Enterprise", "Person", "Event", "Strategy", "Policy"]);
const ROOTS = ["ingest", "src"];
const CORPUS_DATA = path.join(PROJECT_ROOT, "ingest", "data", "corpus");

/** Ordinary words (a period's name, name heads) that the dev gold also lists as names. */
const ORDINARY = new Set(["十四五", "湾区", "合作区", "综保区", "核心区"]);

/** Every file of the project that holds words: code, data, queries, fixtures. */
function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|json|cypher|graphql)$/.test(e.name) && e.name !== path.basename(import.meta.filename))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !file.startsWith(CORPUS_DATA));
}

/** The literals of a file: quoted strings, split into regex alternatives and list items. */
function literals(text: string): string[] {
  const quoted = [...text.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`([^`]*)`/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
  const regexes = [...text.matchAll(/\/((?:[^/\\\n]|\\.)+)\/[gimsuy]*/g)].map((m) => m[1] ?? "");
  return [...quoted, ...regexes].flatMap((s) => s.split(/[|、,，()（）?:^$[\]]+/u)).map((s) => s.trim()).filter((s) => s.length >= 2);
}

describe.skipIf(!existsSync(GOLD))("no dev-set name in code, word lists or fixtures", () => {
  it("finds none", () => {
    const gold = JSON.parse(readFileSync(GOLD, "utf8")) as { entities: { name: string; aliases?: string[]; type: string }[] };
    const names = new Set(gold.entities.filter((e) => PROPER_TYPES.has(e.type)).flatMap((e) => [e.name, ...(e.aliases ?? [])]).filter((n) => n.length >= 2));
    const hits: string[] = [];
    for (const file of ROOTS.flatMap((root) => files(path.join(PROJECT_ROOT, root)))) {
      for (const literal of new Set(literals(readFileSync(file, "utf8")))) {
        if (names.has(literal) && !ORDINARY.has(literal)) hits.push(`${path.relative(PROJECT_ROOT, file)}: ${literal}`);
      }
    }
    expect(hits).toEqual([]);
  });
});
