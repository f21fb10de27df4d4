/**
 * Where Maven keeps what it downloads, and whether it fetches from Maven Central itself: what fetching ahead
 * (prefetch-maven.ts) must know not to go around a setup of Maven's. An intranet's mirror, a proxy, an offline
 * setting or a repository of its own in a settings.xml, or Java options that move the home folder or set a proxy:
 * Maven is then left to fetch everything its own way.
 */
import { existsSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Maven's local repository when Maven fetches from Maven Central directly (the default one, or the one MAVEN_OPTS
 * names), else null. `mavenHome` holds Maven's own conf/settings.xml.
 */
export function localRepository(mavenHome: string | null, env: NodeJS.ProcessEnv = process.env, home = javaUserHome()): string | null {
  const options = env.MAVEN_OPTS ?? "";
  if (/-D(?:user\.home|https?\.proxyHost)=/.test(options)) return null;
  const settings = [path.join(home, ".m2", "settings.xml"), ...(mavenHome !== null ? [path.join(mavenHome, "conf", "settings.xml")] : [])];
  if (settings.some(customisesFetching)) return null;
  const named = /-Dmaven\.repo\.local=(\S+)/.exec(options)?.[1];
  return named !== undefined ? path.resolve(named) : path.join(home, ".m2", "repository");
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
 * True when a settings file, outside its comments, names a local repository, a proxy, a repository, offline work,
 * or a mirror that Maven Central's requests would go to. Maven (3.8.1 on) ships a blocked mirror of plain-HTTP
 * repositories, which is not one.
 */
function customisesFetching(file: string): boolean {
  if (!existsSync(file)) return false;
  const active = readFileSync(file, "utf8").replace(/<!--[\s\S]*?-->/g, "");
  if (/<(?:localRepository|proxy|repository|pluginRepository)[\s>]/.test(active) || /<offline>\s*true\s*<\/offline>/.test(active)) return true;
  return [...active.matchAll(/<mirror>([\s\S]*?)<\/mirror>/g)].some(([, mirror = ""]) => mirrorsCentral(mirror));
}

function mirrorsCentral(mirror: string): boolean {
  if (/<blocked>\s*true\s*<\/blocked>/.test(mirror)) return false;
  const of = (/<mirrorOf>([^<]*)<\/mirrorOf>/.exec(mirror)?.[1] ?? "").split(",").map((pattern) => pattern.trim());
  return !of.includes("!central") && of.some((pattern) => pattern === "*" || pattern === "external:*" || pattern === "central");
}
