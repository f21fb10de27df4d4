/**
 * Puts the files a clean build of the launcher downloads (neo4j/maven-downloads.txt) into Maven's local
 * repository, many at a time, before Maven runs. Maven 3.8 fetches the POMs of a dependency tree one after
 * another: 687 POMs and 335 jars took ~90 s of round trips on a clean machine, at 55–80 MB/s for a single file
 * (measured). This only speeds Maven up: every file is checked against its SHA-1 before it is put in place,
 * and whatever could not be fetched here Maven fetches as before.
 */
import { createHash } from "node:crypto";
import { existsSync, promises as fs, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** Maven Central, where the listed files come from. */
export const MAVEN_CENTRAL = "https://repo.maven.apache.org/maven2";

/** Downloads at once: enough to hide the round trips, few enough for a modest link. */
const PARALLEL = 16;

/** Failures after which the rest is left to Maven (an unreachable host fails every file). */
const MAX_FAILURES = 3;

/** One listed file: its path under the repository and its SHA-1. */
export interface ListedFile {
  readonly path: string;
  readonly sha1: string;
}

/** What a prefetch did. */
export interface PrefetchResult {
  readonly fetched: number;
  /** Already in the repository. */
  readonly present: number;
  /** Why it stopped early (the first failure), or null. */
  readonly stopped: string | null;
}

/** Reads the list: "sha1 path" lines; `#` lines are comments. */
export function parseDownloadList(text: string): ListedFile[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith("#"))
    .map((line) => {
      const [sha1 = "", file = ""] = line.split(/\s+/);
      if (!/^[0-9a-f]{40}$/.test(sha1) || file.length === 0 || file.split("/").includes("..")) throw new Error(`not a "sha1 path" line: ${line}`);
      return { sha1, path: file };
    });
}

/**
 * Maven's local repository, when it is the default one or MAVEN_OPTS names it; null when the user's or Maven's own
 * settings.xml names another one, a mirror (an intranet's) or a proxy, and Maven is left to do it all its own way.
 */
export function localRepository(mavenHome: string | null, env: NodeJS.ProcessEnv = process.env, home = javaUserHome()): string | null {
  const named = /-Dmaven\.repo\.local=(\S+)/.exec(env.MAVEN_OPTS ?? "")?.[1];
  if (named !== undefined) return path.resolve(named);
  const settings = [path.join(home, ".m2", "settings.xml"), ...(mavenHome !== null ? [path.join(mavenHome, "conf", "settings.xml")] : [])];
  if (settings.some(customisesFetching)) return null;
  return path.join(home, ".m2", "repository");
}

/** Java's `user.home`, under which Maven keeps ~/.m2: the account's home folder, whatever $HOME says. */
function javaUserHome(): string {
  try {
    return os.userInfo().homedir;
  } catch {
    return os.homedir();
  }
}

/**
 * True when a settings file, outside its comments, names a local repository, a proxy, or a mirror that Maven Central's
 * requests would go to. Maven (3.8.1 on) ships a blocked mirror of plain-HTTP repositories, which is not one.
 */
function customisesFetching(file: string): boolean {
  if (!existsSync(file)) return false;
  const active = readFileSync(file, "utf8").replace(/<!--[\s\S]*?-->/g, "");
  return /<(?:localRepository|proxy)[\s>]/.test(active) || [...active.matchAll(/<mirror>([\s\S]*?)<\/mirror>/g)].some(([, mirror = ""]) => mirrorsCentral(mirror));
}

function mirrorsCentral(mirror: string): boolean {
  if (/<blocked>\s*true\s*<\/blocked>/.test(mirror)) return false;
  const of = (/<mirrorOf>([^<]*)<\/mirrorOf>/.exec(mirror)?.[1] ?? "").split(",").map((pattern) => pattern.trim());
  return !of.includes("!central") && of.some((pattern) => pattern === "*" || pattern === "external:*" || pattern === "central");
}

/** Fetches the files of `files` missing from `repository`, PARALLEL at a time; `report` gets a line now and then. */
export async function prefetch(files: readonly ListedFile[], repository: string, report: (line: string) => void, base = MAVEN_CENTRAL): Promise<PrefetchResult> {
  const missing = files.filter((f) => !existsSync(path.join(repository, f.path)));
  let next = 0;
  let fetched = 0;
  const failures: string[] = [];
  const worker = async () => {
    while (next < missing.length && failures.length < MAX_FAILURES) {
      const file = missing[next++] as ListedFile;
      try {
        await fetchOne(file, repository, base);
        if (++fetched % 200 === 0) report(`  …${fetched} of ${missing.length} files fetched`);
      } catch (error) {
        failures.push(`${file.path}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return { fetched, present: files.length - missing.length, stopped: failures[0] ?? null };
}

async function fetchOne(file: ListedFile, repository: string, base: string): Promise<void> {
  const response = await fetch(`${base}/${file.path}`, { signal: AbortSignal.timeout(30_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  const sha1 = createHash("sha1").update(body).digest("hex");
  if (sha1 !== file.sha1) throw new Error(`SHA-1 ${sha1}, expected ${file.sha1}`);
  const target = path.join(repository, file.path);
  await fs.mkdir(path.dirname(target), { recursive: true });
  // Written aside and renamed, so that Maven never finds half a file.
  const partial = `${target}.kg-${process.pid}.part`;
  await fs.writeFile(partial, body);
  await fs.rename(partial, target);
}
