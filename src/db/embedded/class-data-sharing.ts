/**
 * JVM class-data sharing (AppCDS) for the launcher: Neo4j loads ~10,000 classes from 200 jars on every start,
 * and a start that maps them from an archive instead of parsing and verifying them is seconds faster (measured on
 * this machine under load: 10–13 s to ready instead of 15–32 s). The archive is written once by the JVM itself:
 * on Java 19+ with -XX:+AutoCreateSharedArchive; on Java 17/18 with -XX:ArchiveClassesAtExit, which writes it when
 * the JVM exits, so the first stop after a start without one takes longer (tens of seconds on a loaded machine).
 * It depends only on the jars and the Java version, so it lives in the project's .data/cds/ (not in a Neo4j home,
 * which the tests wipe on every run), named after both (a new jar set or JDK makes a new one), shared by every
 * Neo4j home; nothing depends on it: a missing, stale or broken archive only means the JVM loads classes the slow way.
 */
import { createHash, randomUUID } from "node:crypto";
import { existsSync, promises as fs } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../config/index.ts";

/** The archive of one jar set and Java version. */
export interface ClassArchive {
  /** JVM flags that use (or, the first time, write) the archive. */
  readonly flags: readonly string[];
  /** Where the archive is. */
  readonly file: string;
  /** Where this start's JVM writes the archive at exit (Java 17/18, no archive yet); `finishClassArchive` takes it into use. */
  readonly partial: string | null;
}

/** Where the archives are. */
export const CLASS_ARCHIVE_DIR = path.join(PROJECT_ROOT, ".data", "cds");
/** The file in a Neo4j home naming the partial archive its running JVM will write. */
const MARKER = "launcher.cds-partial";

/** The flags for a start with `jars` on Java `javaVersion` (e.g. "17.0.15"), `major` its feature release. */
export async function classArchive(jars: readonly string[], javaVersion: string, major: number, dir = CLASS_ARCHIVE_DIR): Promise<ClassArchive> {
  await fs.mkdir(dir, { recursive: true });
  const name = `neo4j-${await jarSetKey(jars, javaVersion)}`;
  const file = path.join(dir, `${name}.jsa`);
  await removeOtherArchives(dir, name);
  // Warnings about classes CDS cannot keep (signed jars) would fill the launcher log on every start.
  const quiet = "-Xlog:cds=off,cds+dynamic=off";
  if (major >= 19) return { flags: ["-XX:+AutoCreateSharedArchive", `-XX:SharedArchiveFile=${file}`, quiet], file, partial: null };
  if (existsSync(file)) return { flags: [`-XX:SharedArchiveFile=${file}`, quiet], file, partial: null };
  // Each JVM its own partial file: two homes starting at once must not write one file together.
  const partial = `${file}.${randomUUID()}.partial`;
  return { flags: [`-XX:ArchiveClassesAtExit=${partial}`, quiet], file, partial };
}

/** Notes in `home` the partial archive its JVM writes at exit, for `finishClassArchive`. */
export async function noteClassArchive(home: string, archive: ClassArchive | null): Promise<void> {
  const marker = path.join(home, MARKER);
  if (archive?.partial) await fs.writeFile(marker, JSON.stringify({ partial: archive.partial, file: archive.file }));
  else await fs.rm(marker, { force: true });
}

/** After a clean stop of `home`'s JVM: its archive, written at exit, is taken into use (a killed JVM's half one is not). */
export async function finishClassArchive(home: string, clean: boolean): Promise<void> {
  const marker = path.join(home, MARKER);
  const noted = await fs.readFile(marker, "utf8").catch((): null => null);
  await fs.rm(marker, { force: true });
  if (noted === null) return;
  const { partial, file } = JSON.parse(noted) as { partial: string; file: string };
  if (clean && !existsSync(file)) await fs.rename(partial, file).catch(() => undefined);
  await fs.rm(partial, { force: true });
}

/** Forgets the archive of `archive`'s jar set (e.g. after a start that failed with it): the next start runs without. */
export async function dropClassArchive(archive: ClassArchive): Promise<void> {
  await fs.rm(archive.file, { force: true });
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

/** Archives of other jar sets or Java versions are of no more use. */
async function removeOtherArchives(dir: string, keep: string): Promise<void> {
  for (const name of await fs.readdir(dir).catch((): string[] => [])) if (!name.startsWith(keep)) await fs.rm(path.join(dir, name), { force: true });
}
