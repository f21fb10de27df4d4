/**
 * Starts and stops the project's own Neo4j: our Java launcher running Neo4j Community embedded,
 * with Bolt on 127.0.0.1, detached from the CLI so it outlives `kg db start`.
 */
import { spawn, spawnSync } from "node:child_process";
import { constants, existsSync, promises as fs, openSync, closeSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { Neo4jTarget } from "../../config/index.ts";
import { KgError } from "../../errors/index.ts";
import { classArchive, dropClassArchive, finishClassArchive, noteClassArchive } from "./class-data-sharing.ts";
import { ensureLauncherBuilt, launcherJars, LAUNCHER_CLASSPATH } from "./launcher-build.ts";
import { ensurePassword } from "./password.ts";
import { isLauncher, logTail, processFiles, runningPid } from "./process-files.ts";
import { requireJava } from "./toolchain.ts";

type EmbeddedTarget = Extract<Neo4jTarget, { mode: "embedded" }>;

/** What `startEmbedded` did. */
export interface StartResult {
  readonly alreadyRunning: boolean;
  readonly pid: number;
  readonly builtLauncher: boolean;
  readonly ms: number;
}

const START_TIMEOUT_MS = 120_000;
// Quiets Java 17 reflection warnings from Netty and Lucene (32 → 9 lines in debug.log, measured).
/**
 * A small graph on a shared machine: start small and give memory back (the heap grows to -Xmx only when a
 * query needs it and shrinks after), compile with C1 only (faster start, a smaller code cache; peak speed of
 * long-running queries is lower, which this graph's millisecond queries do not feel). Idle RSS with the corpus
 * loaded: about 250 MB instead of about 480 MB.
 */
const LEAN_JVM = ["-Xms32m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=25", "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=48m", "-Xss512k"];

const JVM_OPENS = ["java.base/java.nio", "java.base/java.io", "java.base/sun.nio.ch", "java.base/java.lang"].flatMap((m) => [
  "--add-opens",
  `${m}=ALL-UNNAMED`,
]);

/** Starts Neo4j unless it already runs; resolves once Bolt accepts our credentials. */
export async function startEmbedded(target: EmbeddedTarget, report: (line: string) => void, onLaunched: () => void = () => {}): Promise<StartResult> {
  const started = Date.now();
  const existing = runningPid(target.home);
  if (existing !== null) return { alreadyRunning: true, pid: existing, builtLauncher: false, ms: Date.now() - started };

  const java = requireJava();
  const build = await ensureLauncherBuilt(report);
  await ensureWritableHome(target.home);
  await ensurePortFree(target.port);
  const { password } = await ensurePassword(target);
  if (!existsSync(processFiles(target.home).authIni)) setInitialPassword(java.binary, target.home, password);

  // Class-data sharing only makes the start faster: if the JVM dies with it, the start is tried again without.
  // A half archive of a JVM that was not stopped cleanly (killed, crashed) is dropped, never used.
  await finishClassArchive(target.home, false).catch(() => undefined);
  const archive = await classArchive(await launcherJars(), java.version, java.major).catch(() => null);
  await noteClassArchive(target.home, archive).catch(() => undefined);
  const deadline = started + START_TIMEOUT_MS + build.ms;
  let pid = await launch(target, java.binary, archive?.flags ?? [], password, report, deadline, onLaunched);
  // Exit codes 3 and 4 (port taken, store locked) have nothing to do with the archive.
  if (typeof pid !== "number" && archive !== null && pid.exitCode !== 3 && pid.exitCode !== 4) {
    await dropClassArchive(archive);
    await noteClassArchive(target.home, null);
    report("Neo4j exited at start with the class-data archive; starting it without…");
    pid = await launch(target, java.binary, [], password, report, deadline);
  }
  if (typeof pid !== "number") throw await crashError(target, pid.exitCode);
  return { alreadyRunning: false, pid, builtLauncher: build.built, ms: Date.now() - started };
}

/** Spawns the launcher and waits for Bolt; its pid, or the exit code when it died during the start. */
async function launch(
  target: EmbeddedTarget,
  java: string,
  extraFlags: readonly string[],
  password: string,
  report: (line: string) => void,
  deadline: number,
  onLaunched: () => void = () => {},
): Promise<number | { exitCode: number }> {
  const files = processFiles(target.home);
  await fs.rm(files.ready, { force: true });
  const log = openSync(files.log, "w");
  const child = spawn(
    java,
    [
      `-Xmx${target.heap}`,
      "-XX:+UseSerialGC",
      ...LEAN_JVM,
      ...extraFlags,
      "-Dio.netty.tryReflectionSetAccessible=true",
      ...JVM_OPENS,
      "-cp",
      LAUNCHER_CLASSPATH,
      "kg.neo4j.Launcher",
      target.home,
      String(target.port),
      String(target.pagecacheMb),
    ],
    { detached: true, stdio: ["ignore", log, log] },
  );
  closeSync(log);
  if (child.pid === undefined) throw new KgError("LAUNCHER_CRASHED", `could not start ${java}`);
  await fs.writeFile(files.pid, String(child.pid));
  let exitCode: number | null = null;
  child.on("exit", (code) => (exitCode = code ?? -1));
  child.unref();

  report(`Starting Neo4j (pid ${child.pid}), waiting for Bolt on ${target.uri}…`);
  onLaunched();
  while (Date.now() < deadline) {
    if (exitCode !== null) {
      await fs.rm(files.pid, { force: true });
      return { exitCode };
    }
    if (existsSync(files.ready) && (await boltAnswers(target, password))) return child.pid;
    await sleep(150);
  }
  throw new KgError("NEO4J_START_TIMEOUT", `Neo4j did not answer on ${target.uri} within ${START_TIMEOUT_MS / 1000} s. Log tail:\n${await logTail(target.home)}`);
}

/** Stops the launcher cleanly (SIGTERM → Neo4j shutdown hook); returns false if it was not running. */
export async function stopEmbedded(target: EmbeddedTarget): Promise<{ wasRunning: boolean; ms: number }> {
  const started = Date.now();
  const pid = runningPid(target.home);
  const files = processFiles(target.home);
  if (pid === null) {
    await fs.rm(files.pid, { force: true });
    await finishClassArchive(target.home, false).catch(() => undefined);
    return { wasRunning: false, ms: 0 };
  }
  process.kill(pid, "SIGTERM");
  let killed = false;
  while (isLauncher(pid)) {
    // Writing the class-data archive at exit (first stop on Java 17/18) may take a while on a loaded machine.
    if (Date.now() - started > 120_000) {
      // Last resort; Neo4j recovers committed transactions on the next start.
      process.kill(pid, "SIGKILL");
      killed = true;
      break;
    }
    await sleep(100);
  }
  await fs.rm(files.pid, { force: true });
  await fs.rm(files.ready, { force: true });
  await finishClassArchive(target.home, !killed).catch(() => undefined);
  return { wasRunning: true, ms: Date.now() - started };
}

function setInitialPassword(java: string, home: string, password: string): void {
  // Done before the first start so Bolt is never open with the default neo4j/neo4j.
  const result = spawnSync(java, ["-cp", LAUNCHER_CLASSPATH, "org.neo4j.cli.AdminTool", "dbms", "set-initial-password", ...(password.startsWith("-") ? ["--"] : []), password], {
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: path.join(home, "conf") },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new KgError("LAUNCHER_CRASHED", `setting the initial Neo4j password failed:\n${result.stderr || result.stdout}`);
  }
}

async function ensureWritableHome(home: string): Promise<void> {
  try {
    await fs.mkdir(path.join(home, "conf"), { recursive: true });
    await fs.access(home, constants.W_OK);
  } catch (error) {
    throw new KgError(
      "DATA_DIR_NOT_WRITABLE",
      `The Neo4j data folder ${home} is not writable (${(error as Error).message}). Fix its permissions or set KG_NEO4J_HOME to another folder.`,
      { home },
    );
  }
}

async function ensurePortFree(port: number): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => server.close(() => resolve(true)));
  });
  if (!free) {
    throw new KgError(
      "PORT_IN_USE",
      `Port ${port} on 127.0.0.1 is already taken by another program. Stop it, or choose another port with KG_NEO4J_PORT (e.g. KG_NEO4J_PORT=7690 npx kg db start).`,
      { port },
    );
  }
}

async function crashError(target: EmbeddedTarget, exitCode: number): Promise<KgError> {
  await fs.rm(processFiles(target.home).pid, { force: true });
  const tail = await logTail(target.home);
  if (exitCode === 3) return new KgError("PORT_IN_USE", `Port ${target.port} is already taken. Choose another with KG_NEO4J_PORT.`, { port: target.port });
  if (exitCode === 4) return new KgError("LAUNCHER_CRASHED", `Another Neo4j process holds the store in ${target.home}. Stop it first (\`npx kg db stop\`).`);
  return new KgError("LAUNCHER_CRASHED", `Neo4j exited during start (exit ${exitCode}). Log tail (${processFiles(target.home).log}):\n${tail}`);
}

async function boltAnswers(target: EmbeddedTarget, password: string): Promise<boolean> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic("neo4j", password), { connectionTimeout: 2_000 });
  try {
    await driver.verifyConnectivity();
    return true;
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (code.startsWith("Neo.ClientError.Security")) {
      throw new KgError(
        "NEO4J_AUTH",
        `Neo4j started but refused the stored password. If NEO4J_PASSWORD changed after the first start, restore it, or delete ${target.home} to start over (the graph is rebuilt from the corpus).`,
      );
    }
    return false;
  } finally {
    await driver.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
