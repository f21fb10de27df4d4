/**
 * JVM class-data sharing (AppCDS) for the launcher: Neo4j loads ~10,000 classes from 200 jars on every start,
 * and a start that maps them from an archive instead of parsing and verifying them is seconds faster (measured on
 * this machine under load: 10–13 s to ready instead of 15–32 s). The archive is written once by the JVM itself:
 * on Java 19+ with -XX:+AutoCreateSharedArchive; on Java 17/18 with -XX:ArchiveClassesAtExit, which writes it when
 * the JVM exits, so the first stop after a start without one takes longer (tens of seconds on a loaded machine).
 * It lives in the Neo4j home, is named after the jars and the Java version (a new jar set or JDK makes a new one),
 * and nothing depends on it: a missing, stale or broken archive only means the JVM loads classes the slow way.
 */
import { createHash } from "node:crypto";
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";

/** The archive of one jar set and Java version. */
export interface ClassArchive {
  /** JVM flags that use (or, the first time, write) the archive. */
  readonly flags: readonly string[];
  /** Where the archive is. */
  readonly file: string;
  /** True when this start writes the archive (Java 17/18): `finishClassArchive` completes it after a clean stop. */
  readonly writesAtExit: boolean;
}

const DIR = "cds";
/** Written here by -XX:ArchiveClassesAtExit; renamed to the archive once the JVM has exited cleanly. */
const PARTIAL = ".partial";

/** The flags for a start with `jars` on Java `javaVersion` (e.g. "17.0.15"), `major` its feature release. */
export async function classArchive(home: string, jars: readonly string[], javaVersion: string, major: number): Promise<ClassArchive> {
  const dir = path.join(home, DIR);
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, `neo4j-${await jarSetKey(jars, javaVersion)}.jsa`);
  await removeOtherArchives(dir, file);
  // Warnings about classes CDS cannot keep (signed jars) would fill the launcher log on every start.
  const quiet = "-Xlog:cds=off,cds+dynamic=off";
  if (major >= 19) return { flags: ["-XX:+AutoCreateSharedArchive", `-XX:SharedArchiveFile=${file}`, quiet], file, writesAtExit: false };
  if (existsSync(file)) return { flags: [`-XX:SharedArchiveFile=${file}`, quiet], file, writesAtExit: false };
  return { flags: [`-XX:ArchiveClassesAtExit=${file}${PARTIAL}`, quiet], file, writesAtExit: true };
}

/** After a clean stop of a start that wrote the archive: takes it into use (a killed JVM's half archive is not). */
export async function finishClassArchive(home: string): Promise<void> {
  const dir = path.join(home, DIR);
  const partials = (await fs.readdir(dir).catch((): string[] => [])).filter((f) => f.endsWith(PARTIAL));
  for (const partial of partials) {
    await fs.rename(path.join(dir, partial), path.join(dir, partial.slice(0, -PARTIAL.length))).catch(() => undefined);
  }
}

/** Forgets the archives (e.g. after a start that failed with one): the next start runs without. */
export async function dropClassArchives(home: string): Promise<void> {
  await fs.rm(path.join(home, DIR), { recursive: true, force: true });
}

/** A hash of each jar's name, size and time, and the Java version: the things an archive is only valid for. */
async function jarSetKey(jars: readonly string[], javaVersion: string): Promise<string> {
  const hash = createHash("sha256").update(javaVersion);
  for (const jar of [...jars].sort()) {
    const stat = await fs.stat(jar).catch((): null => null);
    hash.update(`\n${path.basename(jar)} ${stat?.size ?? -1} ${stat?.mtimeMs ?? -1}`);
  }
  return hash.digest("hex").slice(0, 16);
}

async function removeOtherArchives(dir: string, keep: string): Promise<void> {
  for (const name of await fs.readdir(dir).catch((): string[] => [])) {
    const file = path.join(dir, name);
    if (file !== keep && file !== `${keep}${PARTIAL}`) await fs.rm(file, { force: true });
  }
}
