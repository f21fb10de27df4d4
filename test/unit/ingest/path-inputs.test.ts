import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isFolderNote, pathInputs } from "../../../ingest/stages/read-documents.ts";

describe("pathInputs: README, LICENSE and CHANGELOG in folders", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "kg-path-inputs-"));
    await fs.mkdir(path.join(dir, "sub"));
    for (const name of ["README.md", "readme.txt", "LICENSE.md", "Licence.txt", "CHANGELOG.md", "sub/README.zh.md", "report.txt", "sub/2024.md", "readme-policy.txt", "notes.csv"]) {
      await fs.writeFile(path.join(dir, name), "测试");
    }
  });
  afterAll(async () => fs.rm(dir, { recursive: true, force: true }));

  it("skips them inside a folder, and tells which", async () => {
    const skipped: string[] = [];
    const inputs = await pathInputs([dir], {}, (file) => skipped.push(path.relative(dir, file)));
    expect(inputs.map((i) => path.relative(dir, i.path))).toEqual(["readme-policy.txt", "report.txt", path.join("sub", "2024.md")]);
    expect(skipped.sort()).toEqual(["CHANGELOG.md", "LICENSE.md", "Licence.txt", "README.md", "readme.txt", path.join("sub", "README.zh.md")].sort());
  });

  it("reads them when named explicitly", async () => {
    const inputs = await pathInputs([path.join(dir, "README.md"), path.join(dir, "LICENSE.md")]);
    expect(inputs.map((i) => path.basename(i.path))).toEqual(["LICENSE.md", "README.md"]);
  });

  it("recognises the names, not words that start like them", () => {
    expect(["README", "README.md", "readme.TXT", "LICENSE", "LICENCE.txt", "ChangeLog.md", "README.en.md"].every(isFolderNote)).toBe(true);
    expect(["readme-policy.txt", "licensed-firms.txt", "changes.md", "2024-report.md"].some(isFolderNote)).toBe(false);
  });
});
