/**
 * Builds our Java launcher and fetches Neo4j's jars with Maven, once. Later starts reuse them
 * until neo4j/pom.xml or the launcher source changes (a stamp file holds their hash).
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../config/index.ts";
import { KgError } from "../../errors/index.ts";
import { localRepository } from "./maven-settings.ts";
import { parseDownloadList, prefetch } from "./prefetch-maven.ts";
import { requireMaven } from "./toolchain.ts";

const LAUNCHER_DIR = path.join(PROJECT_ROOT, "neo4j");
const TARGET = path.join(LAUNCHER_DIR, "target");
const SOURCES = ["pom.xml", "src/main/java/kg/neo4j/Launcher.java"];

/** The JVM classpath of the launcher. */
export const LAUNCHER_CLASSPATH = `${path.join(TARGET, "neo4j-launcher.jar")}:${path.join(TARGET, "lib", "*")}`;

/** Every jar on LAUNCHER_CLASSPATH (what a class-data archive is valid for). */
export async function launcherJars(): Promise<string[]> {
  const lib = path.join(TARGET, "lib");
  const names = (await fs.readdir(lib).catch((): string[] => [])).filter((f) => f.endsWith(".jar"));
  return [path.join(TARGET, "neo4j-launcher.jar"), ...names.map((f) => path.join(lib, f))];
}

/** Ensures the launcher jar and Neo4j's runtime jars exist; `report` receives progress lines. */
export async function ensureLauncherBuilt(report: (line: string) => void): Promise<{ built: boolean; ms: number }> {
  const started = Date.now();
  const stampFile = path.join(TARGET, "kg-build.stamp");
  const stamp = await sourceHash();
  if (existsSync(stampFile) && (await fs.readFile(stampFile, "utf8")) === stamp) {
    return { built: false, ms: Date.now() - started };
  }
  const maven = requireMaven();
  report("Fetching Neo4j 5.26 from Maven Central and building the launcher (first start only, ~170 MB)…");
  await fetchAhead(maven.home, report);
  await runMaven(report);
  await fs.writeFile(stampFile, stamp);
  return { built: true, ms: Date.now() - started };
}

/**
 * Fills Maven's local repository in parallel first (prefetch-maven.ts). Never in the way: whatever goes wrong here is
 * said, and Maven fetches what is still missing.
 */
async function fetchAhead(mavenHome: string | null, report: (line: string) => void): Promise<void> {
  try {
    // Reading Maven's settings can fail too (an unreadable settings.xml): that also leaves it to Maven.
    const repository = localRepository(mavenHome);
    if (repository === null) return;
    const list = parseDownloadList(await fs.readFile(path.join(LAUNCHER_DIR, "maven-downloads.txt"), "utf8"));
    const pom = createHash("sha256").update(await fs.readFile(path.join(LAUNCHER_DIR, "pom.xml"))).digest("hex");
    if (list.pomSha256 !== pom) {
      report("  neo4j/maven-downloads.txt lists the downloads of another pom.xml (run `node scripts/list-maven-downloads.mjs`): Maven fetches alone");
      return;
    }
    const result = await prefetch(list.files, repository, report);
    if (result.stopped !== null) report(`  fetching ahead stopped (${result.stopped}); Maven fetches the rest`);
  } catch (error) {
    report(`  fetching ahead failed (${error instanceof Error ? error.message : String(error)}); Maven fetches alone`);
  }
}

async function sourceHash(): Promise<string> {
  const hash = createHash("sha256");
  for (const file of SOURCES) hash.update(await fs.readFile(path.join(LAUNCHER_DIR, file)));
  return hash.digest("hex");
}

function runMaven(report: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const mvn = spawn("mvn", ["-B", "-ntp", "-f", path.join(LAUNCHER_DIR, "pom.xml"), "package", "-DskipTests"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    const tail: string[] = [];
    let artifacts = 0;
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 30) tail.shift();
      if (/Copying .*\.jar/.test(line) && ++artifacts % 40 === 0) report(`  …${artifacts} jars copied`);
      if (/\[INFO\] --- .*(compiler|dependency)/.test(line)) report(`  ${line.replace(/\[INFO\] /, "").trim()}`);
    };
    for (const stream of [mvn.stdout, mvn.stderr]) {
      let buffer = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        buffer += chunk;
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        lines.forEach(onLine);
      });
    }
    mvn.on("error", (error) => reject(new KgError("MAVEN_MISSING", `cannot run mvn: ${error.message}`)));
    mvn.on("close", (code) => {
      if (code === 0) resolve();
      else
        reject(
          new KgError("LAUNCHER_BUILD_FAILED", `Maven failed (exit ${code}) building the Neo4j launcher. Last lines:\n${tail.join("\n")}\nCheck that Maven Central is reachable, then run \`npx kg db start\` again.`),
        );
    });
  });
}
