/**
 * Puts the files a clean build of the launcher downloads (neo4j/maven-downloads.txt) into Maven's local
 * repository, many at a time, before Maven runs. Maven 3.8 fetches the POMs of a dependency tree one after
 * another: 687 POMs and 335 jars took ~90 s of round trips on a clean machine, at 55–80 MB/s for a single file
 * (measured). This only speeds Maven up: every file is checked against its SHA-1 before it is put in place,
 * and whatever could not be fetched here Maven fetches as before.
 */
import { createHash } from "node:crypto";
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";

/** Maven Central, where the listed files come from. */
export const MAVEN_CENTRAL = "https://repo.maven.apache.org/maven2";

/** Downloads at once: enough to hide the round trips, few enough for a modest link. */
const PARALLEL = 16;

/** Failures after which the rest is left to Maven. */
const MAX_FAILURES = 3;

/** How long the first file may take to start arriving: an unreachable host is found out alone, not 16 times. */
const PROBE_MS = 5_000;

/** How long a download may wait for its next bytes: a slow link is no failure, a stalled one is. */
const STALL_MS = 20_000;

/** One listed file: its path under the repository and its SHA-1. */
export interface ListedFile {
  readonly path: string;
  readonly sha1: string;
}

/** The list: the files, and the SHA-256 of the neo4j/pom.xml they were listed for. */
export interface DownloadList {
  readonly pomSha256: string | null;
  readonly files: readonly ListedFile[];
}

/** What a prefetch did. */
export interface PrefetchResult {
  readonly fetched: number;
  /** Already in the repository. */
  readonly present: number;
  /** Why it stopped early (the first failure), or null. */
  readonly stopped: string | null;
}

/** Reads the list: "sha1 path" lines; `#` lines are comments, one of them "# pom.xml sha256 <hex>". */
export function parseDownloadList(text: string): DownloadList {
  const lines = text.split("\n").map((line) => line.trim());
  const pomSha256 = lines.map((line) => /^# pom\.xml sha256 ([0-9a-f]{64})$/.exec(line)?.[1]).find((hash) => hash !== undefined) ?? null;
  const files = lines
    .filter((line) => line.length > 0 && !line.startsWith("#"))
    .map((line) => {
      const [sha1 = "", file = ""] = line.split(/\s+/);
      if (!/^[0-9a-f]{40}$/.test(sha1) || file.length === 0 || file.split("/").includes("..")) throw new Error(`not a "sha1 path" line: ${line}`);
      return { sha1, path: file };
    });
  return { pomSha256, files };
}

/** Fetches the files of `files` missing from `repository`: one first, then PARALLEL at a time; `report` gets a line now and then. */
export async function prefetch(files: readonly ListedFile[], repository: string, report: (line: string) => void, base = MAVEN_CENTRAL): Promise<PrefetchResult> {
  const missing = files.filter((f) => !existsSync(path.join(repository, f.path)));
  const present = files.length - missing.length;
  const [first, ...rest] = missing;
  if (first === undefined) return { fetched: 0, present, stopped: null };
  try {
    await fetchOne(first, repository, base, PROBE_MS);
  } catch (error) {
    return { fetched: 0, present, stopped: failure(first, error) };
  }
  let next = 0;
  let fetched = 1;
  const failures: string[] = [];
  const worker = async () => {
    while (next < rest.length && failures.length < MAX_FAILURES) {
      const file = rest[next++] as ListedFile;
      try {
        await fetchOne(file, repository, base, STALL_MS);
        if (++fetched % 200 === 0) report(`  …${fetched} of ${missing.length} files fetched`);
      } catch (error) {
        failures.push(failure(file, error));
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return { fetched, present, stopped: failures[0] ?? null };
}

/** Downloads one file, giving up after `stallMs` without new bytes; puts it in place only when its SHA-1 matches. */
async function fetchOne(file: ListedFile, repository: string, base: string, stallMs: number): Promise<void> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(new Error(`no data for ${stallMs / 1000} s`)), stallMs);
  const chunks: Uint8Array[] = [];
  try {
    const response = await fetch(`${base}/${file.path}`, { signal: abort.signal });
    if (!response.ok || response.body === null) throw new Error(`HTTP ${response.status}`);
    const reader = response.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      chunks.push(read.value);
      timer.refresh();
    }
  } finally {
    clearTimeout(timer);
  }
  const body = Buffer.concat(chunks);
  const sha1 = createHash("sha1").update(body).digest("hex");
  if (sha1 !== file.sha1) throw new Error(`SHA-1 ${sha1}, expected ${file.sha1}`);
  const target = path.join(repository, file.path);
  await fs.mkdir(path.dirname(target), { recursive: true });
  // Written aside and renamed, so that Maven never finds half a file.
  const partial = `${target}.kg-${process.pid}.part`;
  try {
    await fs.writeFile(partial, body);
    await fs.rename(partial, target);
  } catch (error) {
    await fs.rm(partial, { force: true });
    throw error;
  }
}

/** "path: reason", with the network's own reason (Node's fetch keeps it in `cause`). */
function failure(file: ListedFile, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${(error.cause as NodeJS.ErrnoException).code ?? error.cause.message})` : "";
  return `${file.path}: ${message}${cause}`;
}
