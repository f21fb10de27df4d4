/**
 * A tiny migration runner: applies schema/cypher/*.cypher in file-name order, once each,
 * and records what it applied as (:Migration {id, checksum}) nodes.
 */
import { createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../config/index.ts";
import { KgError } from "../errors/index.ts";
import type { Db } from "./db.ts";

/** Where the constraint and index files live. */
export const MIGRATIONS_DIR = path.join(PROJECT_ROOT, "schema", "cypher");

/** One migration file, split into statements. */
export interface Migration {
  readonly id: string;
  readonly checksum: string;
  readonly statements: readonly string[];
}

/** Splits a .cypher file into statements: `;` at a line end ends one; `//` lines are comments. */
export function parseStatements(text: string): string[] {
  const body = text
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n");
  return body
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Reads every migration file, in order. */
export async function readMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await fs.readdir(dir)).filter((f) => f.endsWith(".cypher")).sort();
  return Promise.all(
    files.map(async (file) => {
      const text = await fs.readFile(path.join(dir, file), "utf8");
      return { id: file, checksum: createHash("sha256").update(text).digest("hex"), statements: parseStatements(text) };
    }),
  );
}

/** Applies the migrations not yet recorded; returns the ids it applied. Safe to run any number of times. */
export async function applyMigrations(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await readMigrations(dir);
  const appliedRows = await db.rows<{ id: string; checksum: string }>({
    cypher: "MATCH (m:Migration) RETURN m.id AS id, m.checksum AS checksum",
  });
  const applied = new Map(appliedRows.map((r) => [r.id, r.checksum]));
  const done: string[] = [];
  for (const migration of migrations) {
    const previous = applied.get(migration.id);
    if (previous === migration.checksum) continue;
    if (previous !== undefined) {
      throw new KgError(
        "CONFIG_INVALID",
        `Migration ${migration.id} was changed after it was applied. Add a new migration file instead of editing an applied one.`,
        { migration: migration.id },
      );
    }
    // Schema commands cannot share a transaction with data writes, so each runs on its own.
    for (const statement of migration.statements) await db.run({ cypher: statement }, "WRITE");
    await db.run(
      { cypher: "MERGE (m:Migration {id: $id}) SET m.checksum = $checksum", params: { id: migration.id, checksum: migration.checksum } },
      "WRITE",
    );
    done.push(migration.id);
  }
  await db.run({ cypher: "CALL db.awaitIndexes(60)" }, "READ", 70_000);
  return done;
}
