import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localRepository } from "../../../src/db/embedded/maven-settings.ts";

describe("Maven's settings", () => {
  it("fills the default repository, or the one MAVEN_OPTS names, and leaves a Maven set up to fetch otherwise alone", () => {
    const home = mkdtempSync(path.join(os.tmpdir(), "kg-home-"));
    const mavenHome = mkdtempSync(path.join(os.tmpdir(), "kg-maven-"));
    mkdirSync(path.join(mavenHome, "conf"));
    // Maven's own settings: examples commented out, and (3.8.1 on) a blocked mirror of plain-HTTP repositories.
    writeFileSync(
      path.join(mavenHome, "conf", "settings.xml"),
      `<settings><mirrors><!-- <mirror><mirrorOf>*</mirrorOf></mirror> -->
         <mirror><id>maven-default-http-blocker</id><mirrorOf>external:http:*</mirrorOf><url>http://0.0.0.0/</url><blocked>true</blocked></mirror>
       </mirrors></settings>`,
    );
    expect(localRepository(mavenHome, {}, home)).toBe(path.join(home, ".m2", "repository"));
    expect(localRepository(null, { MAVEN_OPTS: "-Xmx1g -Dmaven.repo.local=/srv/m2" }, home)).toBe("/srv/m2");
    mkdirSync(path.join(home, ".m2"));
    writeFileSync(path.join(home, ".m2", "settings.xml"), "<settings><servers><server><id>a</id></server></servers></settings>");
    expect(localRepository(mavenHome, {}, home)).toBe(path.join(home, ".m2", "repository"));
    writeFileSync(path.join(home, ".m2", "settings.xml"), "<settings><mirrors><mirror><id>intranet</id><mirrorOf>*,!snapshots</mirrorOf></mirror></mirrors></settings>");
    expect(localRepository(mavenHome, {}, home)).toBeNull();
    writeFileSync(path.join(home, ".m2", "settings.xml"), "<settings><mirrors><mirror><id>other</id><mirrorOf>*,!central</mirrorOf></mirror></mirrors></settings>");
    expect(localRepository(mavenHome, {}, home)).toBe(path.join(home, ".m2", "repository"));
    writeFileSync(path.join(home, ".m2", "settings.xml"), "<settings><mirrors><mirror><mirrorOf>central</mirrorOf></mirror></mirrors></settings>");
    // A repository named in MAVEN_OPTS does not bypass the mirror.
    expect(localRepository(mavenHome, { MAVEN_OPTS: "-Dmaven.repo.local=/srv/m2" }, home)).toBeNull();
    for (const setting of ["<proxies><proxy><host>p</host></proxy></proxies>", "<offline>true</offline>", "<profiles><profile><repositories><repository><id>central</id></repository></repositories></profile></profiles>"]) {
      writeFileSync(path.join(home, ".m2", "settings.xml"), `<settings>${setting}</settings>`);
      expect(localRepository(mavenHome, {}, home), setting).toBeNull();
    }
    writeFileSync(path.join(home, ".m2", "settings.xml"), "<settings/>");
    expect(localRepository(mavenHome, { MAVEN_OPTS: "-Dhttps.proxyHost=proxy.example" }, home)).toBeNull();
    expect(localRepository(mavenHome, { MAVEN_OPTS: "-Duser.home=/srv/maven-user" }, home)).toBeNull();
  });

});
