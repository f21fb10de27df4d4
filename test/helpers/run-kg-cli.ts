/** Runs the real `kg` CLI (bin/kg.mjs) against the suite's Neo4j, for tests of commands end to end. */
import { spawn } from "node:child_process";
import path from "node:path";
import { inject } from "vitest";
import { PROJECT_ROOT } from "../../src/config/index.ts";

/** What the process printed and how it ended. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `kg <args>` with NEO4J_URI pointing at the test database; `stdin` is piped in when given; `onStderr` sees stderr as it comes. */
export function runKg(args: readonly string[], options: { stdin?: string; cwd?: string; onStderr?: (soFar: string) => void } = {}): Promise<CliRun> {
  const neo4j = inject("neo4j");
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, "bin/kg.mjs"), ...args], {
      cwd: options.cwd ?? PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      options.onStderr?.(stderr);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? "");
  });
}
