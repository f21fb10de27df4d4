#!/usr/bin/env node
/**
 * Writes neo4j/maven-downloads.txt: every file a clean `mvn package` of the launcher downloads from Maven
 * Central (POMs and jars, plugins included), with its SHA-1, and the SHA-256 of the pom.xml it was listed for
 * (src/db/embedded/prefetch-maven.ts fetches them ahead only for that pom). Run after changing neo4j/pom.xml: it
 * builds the launcher once into an empty local repository (~90 s).
 *   node scripts/list-maven-downloads.mjs
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const pom = path.join(root, "neo4j", "pom.xml");
const repo = mkdtempSync(path.join(os.tmpdir(), "kg-m2-"));

/** Paths under `dir` of the files Maven downloaded: those with a .sha1 beside them. */
function downloaded(dir, prefix = "") {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) return downloaded(full, rel);
    return /\.(pom|jar)$/.test(name) && readdirSync(dir).includes(`${name}.sha1`) ? [rel] : [];
  });
}

try {
  const build = spawnSync("mvn", ["-B", "-ntp", "-q", `-Dmaven.repo.local=${repo}`, "-f", pom, "package", "-DskipTests"], { stdio: "inherit" });
  if (build.status !== 0) throw new Error(`mvn failed (exit ${build.status ?? build.signal})`);
  const lines = downloaded(repo)
    .sort()
    .map((rel) => `${readFileSync(path.join(repo, `${rel}.sha1`), "utf8").trim().split(/\s+/)[0]} ${rel}`);
  const header = [
    "# What a clean `mvn package` of neo4j/pom.xml downloads: SHA-1, path under the repository. Written by scripts/list-maven-downloads.mjs.",
    `# pom.xml sha256 ${createHash("sha256").update(readFileSync(pom)).digest("hex")}`,
  ];
  writeFileSync(path.join(root, "neo4j", "maven-downloads.txt"), [...header, ...lines, ""].join("\n"));
  console.log(`list-maven-downloads: ${lines.length} files listed in neo4j/maven-downloads.txt`);
} catch (error) {
  console.error(`list-maven-downloads: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(repo, { recursive: true, force: true });
}
