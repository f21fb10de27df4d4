#!/usr/bin/env node
/**
 * `npm run build` and part of `prepare`: compiles src/ and ingest/ to dist/ (tsconfig.build.json), so `kg` and
 * `npm start` run plain JavaScript instead of compiling through tsx at every start (bin/kg.mjs falls back to
 * tsx when dist/ is missing or older than a source file). Files that modules read next to themselves (data
 * such as *.json.gz) are copied along.
 *
 * Plain JavaScript on purpose: it runs before anything is compiled. With `--if-possible` (prepare) it never
 * fails an install: without TypeScript (an install without devDependencies) or on a type error in a file
 * someone is editing, it warns, and `kg` simply keeps using tsx.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, utimesSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ifPossible = process.argv.includes("--if-possible");
const started = Date.now();

function fail(message) {
  process.stderr.write(`build-dist: ${message}${ifPossible ? " — kg will run through tsx instead" : ""}\n`);
  if (!ifPossible) process.exitCode = 1;
}

let tsc;
try {
  tsc = createRequire(path.join(root, "package.json")).resolve("typescript/bin/tsc");
} catch {
  fail("TypeScript is not installed (devDependencies omitted?)");
}
if (tsc !== undefined) {
  const run = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json")], { cwd: root, encoding: "utf8" });
  // tsc writes JavaScript even when a file has a type error (noEmitOnError is off): the build is usable,
  // and `npm run typecheck` is where type errors are reported.
  const emitted = existsSync(path.join(root, "dist", "src", "cli", "main.js"));
  if (run.status !== 0 && !emitted) fail(`tsc failed:\n${run.stdout}${run.stderr}`);
  else {
    if (run.status !== 0) process.stderr.write("build-dist: tsc reported type errors (run `npm run typecheck`); JavaScript was written anyway\n");
    const copied = copyAssets();
    // bin/kg.mjs compares sources with this stamp; an incremental tsc that had nothing to do leaves it old.
    const now = new Date();
    utimesSync(path.join(root, "dist", ".tsbuildinfo"), now, now);
    process.stdout.write(`build-dist: src/ and ingest/ compiled to dist/ (${copied} data files copied, ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  }
}

/** Copies the non-TypeScript files of src/ and ingest/ that modules read relative to themselves. */
function copyAssets() {
  let count = 0;
  for (const top of ["src", "ingest"]) {
    for (const entry of readdirSync(path.join(root, top), { recursive: true, withFileTypes: true })) {
      const dir = entry.parentPath ?? entry.path;
      const relative = path.relative(root, path.join(dir, entry.name));
      // Page sources and bundles are served from the source tree (PROJECT_ROOT), not from dist/.
      if (!entry.isFile() || /\.(tsx?|md)$/.test(entry.name) || relative.startsWith(path.join("src", "api", "pages"))) continue;
      const target = path.join(root, "dist", relative);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(path.join(root, relative), target);
      count++;
    }
  }
  return count;
}
