#!/usr/bin/env node
// Runs the CLI compiled at install (dist/, see scripts/build-dist.mjs); when dist/ is missing or older than a
// source file (someone is editing the code), runs the TypeScript directly through tsx instead, so there is
// never a stale build and never a required build step between a clone and `npx kg`.
import { existsSync, readdirSync, statSync } from "node:fs";
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

if (process.env.KG_USE_TSX !== "1" && distIsFresh()) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
