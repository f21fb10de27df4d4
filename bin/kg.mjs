#!/usr/bin/env node
// Runs the CLI compiled at install (dist/, see scripts/build-dist.mjs); when dist/ is missing or older than a
// source file (someone is editing the code), runs the TypeScript directly through tsx instead, so there is
// never a stale build and never a required build step between a clone and `npx kg`.
import { spawn } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const compiled = path.join(root, "dist", "src", "cli", "main.js");
const stamp = path.join(root, "dist", ".tsbuildinfo");

/** True when dist/ exists and no .ts file under src/ or ingest/ changed after it was built. */
function distIsFresh() {
  if (!existsSync(compiled) || !existsSync(stamp)) return false;
  const builtAt = statSync(stamp).mtimeMs;
  for (const top of ["src", "ingest"]) {
    for (const entry of readdirSync(path.join(root, top), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith(".ts")) continue;
      if (statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs > builtAt) return false;
    }
  }
  return true;
}

/**
 * The V8 settings of the long-running API process, per command, from bin/api-node-flags.json unless
 * KG_API_NODE_FLAGS says otherwise ("" for none). `kg serve`: 4 MB young-generation semi-spaces (instead of 16)
 * and a 256 MB old generation keep the API under 200 MB after bench:api's load on the corpus graph (166–200 MB
 * measured; with no old-generation limit 282 MB, with Node's defaults 441 MB). The live heap is ~55 MB on the
 * corpus graph and ~106 MB with 55 reports loaded; the limit leaves room for a larger graph, and a much larger one
 * needs a larger --max-old-space-size. V8's --optimize-for-size saved a little more memory but cost 2–3× throughput
 * in GC. `kg start` only gets semi-spaces: it also ingests, whose memory grows with the documents. Node reads them
 * only at start, so this process re-runs itself with them once (docs/api.md).
 */
function apiNodeFlags(command) {
  const fromEnv = process.env.KG_API_NODE_FLAGS;
  if (fromEnv !== undefined) return fromEnv.split(/\s+/).filter(Boolean);
  return JSON.parse(readFileSync(path.join(root, "bin", "api-node-flags.json"), "utf8"))[command] ?? [];
}

/** Runs this command again in a child with `flags` (its own process group, so a Ctrl-C reaches it once, from here). */
function rerunWith(flags) {
  const child = spawn(process.execPath, [...process.execArgv, ...flags, ...process.argv.slice(1)], { stdio: "inherit", detached: true });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal === null ? 1 : 128 + (os.constants.signals[signal] ?? 0))));
}

const flags = ["serve", "start"].includes(process.argv[2] ?? "") ? apiNodeFlags(process.argv[2]) : [];
if (flags.some((flag) => !process.execArgv.includes(flag))) {
  rerunWith(flags);
} else if (process.env.KG_USE_TSX !== "1" && distIsFresh()) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
