/** The files through which CLI invocations find the launcher process they started. */
import { existsSync, promises as fs, readFileSync } from "node:fs";
import path from "node:path";

/** Paths inside the Neo4j home that belong to the launcher process. */
export function processFiles(home: string) {
  return {
    pid: path.join(home, "launcher.pid"),
    ready: path.join(home, "launcher.ready"),
    log: path.join(home, "launcher.log"),
    authIni: path.join(home, "data", "dbms", "auth.ini"),
  };
}

/** The pid of a live launcher for this home, or null (a stale pid file is ignored). */
export function runningPid(home: string): number | null {
  const file = processFiles(home).pid;
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8").trim());
  return Number.isInteger(pid) && pid > 0 && isLauncher(pid) ? pid : null;
}

/** True when `pid` is alive and is our launcher (guards against a reused pid). */
export function isLauncher(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("kg.neo4j.Launcher");
  } catch {
    return true; // no /proc (macOS): trust the live pid
  }
}

/** The last `lines` lines of the launcher log, for error messages. */
export async function logTail(home: string, lines = 20): Promise<string> {
  try {
    const text = await fs.readFile(processFiles(home).log, "utf8");
    return text.trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "(no launcher log)";
  }
}
