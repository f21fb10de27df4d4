#!/usr/bin/env node
/**
 * Writes neo4j/maven-downloads.txt: every file a clean `mvn package` of the launcher downloads from Maven
 * Central (POMs and jars, plugins included), with its SHA-1, for src/db/embedded/prefetch-maven.ts.
 * Run after changing neo4j/pom.xml: it builds the launcher once into an empty local repository (~2 min).
 *   node scripts/list-maven-downloads.mjs
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const repo = mkdtempSync(path.join(os.tmpdir(), "kg-m2-"));
const build = spawnSync("mvn", ["-B", "-ntp", "-q", `-Dmaven.repo.local=${repo}`, "-f", path.join(root, "neo4j", "pom.xml"), "package", "-DskipTests"], { stdio: "inherit" });
if (build.status !== 0) {
  console.error(`list-maven-downloads: mvn failed (exit ${build.status ?? build.signal})`);
  process.exit(1);
}

/** Paths under `dir` of the files Maven downloaded: those with a .sha1 beside them. */
function downloaded(dir, prefix = "") {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) return downloaded(full, rel);
    return /\.(pom|jar)$/.test(name) && readdirSync(dir).includes(`${name}.sha1`) ? [rel] : [];
  });
}

const lines = downloaded(repo)
  .sort()
  .map((rel) => `${readFileSync(path.join(repo, `${rel}.sha1`), "utf8").trim().split(/\s+/)[0]} ${rel}`);
const header = "# What a clean `mvn package` of neo4j/pom.xml downloads: SHA-1, path under the repository. Written by scripts/list-maven-downloads.mjs.\n";
writeFileSync(path.join(root, "neo4j", "maven-downloads.txt"), header + lines.join("\n") + "\n");
rmSync(repo, { recursive: true, force: true });
console.log(`list-maven-downloads: ${lines.length} files listed in neo4j/maven-downloads.txt`);
