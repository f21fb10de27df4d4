/** Java and Maven: checked before use so their absence is a clear message, not a spawn ENOENT. */
import { spawnSync } from "node:child_process";
import { KgError } from "../../errors/index.ts";

/** The Java runtime found: its executable, version ("17.0.15") and feature release (17). */
export interface JavaRuntime {
  readonly binary: string;
  readonly version: string;
  readonly major: number;
}

/** Throws JAVA_MISSING unless a Java 17+ runtime is on the PATH (or JAVA_HOME). */
export function requireJava(): JavaRuntime {
  const java = javaBinary();
  const probe = spawnSync(java, ["-version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new KgError("JAVA_MISSING", "Java 17 or newer is needed to run the local Neo4j. Install it (Debian: `apt-get install openjdk-17-jre-headless`) or set NEO4J_URI to use an existing Neo4j.");
  }
  const version = /version "([^"]+)"/.exec(probe.stderr)?.[1] ?? "0";
  const major = Number(/^(\d+)/.exec(version)?.[1] ?? 0);
  if (major < 17) {
    throw new KgError("JAVA_MISSING", `Java ${major} found, but Neo4j 5.26 needs Java 17 or newer. Install it or set JAVA_HOME.`);
  }
  return { binary: java, version, major };
}

/** Throws MAVEN_MISSING unless `mvn` runs; returns its home folder (where its global settings are), if it says. */
export function requireMaven(): { readonly home: string | null } {
  const probe = spawnSync("mvn", ["-v"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new KgError("MAVEN_MISSING", "Maven is needed once, to fetch Neo4j from Maven Central. Install it (Debian: `apt-get install maven`) or set NEO4J_URI to use an existing Neo4j.");
  }
  return { home: /^Maven home: (.+)$/m.exec(probe.stdout)?.[1]?.trim() ?? null };
}

/** The java executable: $JAVA_HOME/bin/java when set, else `java` from the PATH. */
export function javaBinary(): string {
  return process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : "java";
}
