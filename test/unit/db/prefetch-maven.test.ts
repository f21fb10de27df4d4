import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDownloadList, prefetch, type ListedFile } from "../../../src/db/embedded/prefetch-maven.ts";

const sha1 = (text: string) => createHash("sha1").update(text).digest("hex");

// A real HTTP server standing in for Maven Central: it serves FILES, and a wrong body for "tampered".
const FILES: Record<string, string> = { "org/a/a/1/a-1.pom": "<project>a</project>", "org/b/b/2/b-2.jar": "jar bytes", "org/t/t/1/t-1.jar": "tampered" };
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const file = FILES[(request.url ?? "").slice(1)];
    response.statusCode = file === undefined ? 404 : 200;
    response.end(file ?? "not found");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const listed = (p: string, content = FILES[p] ?? ""): ListedFile => ({ path: p, sha1: sha1(content) });

describe("fetching Maven's files ahead", () => {
  it("reads the list, and refuses a line that is not a SHA-1 and a path inside the repository", () => {
    expect(parseDownloadList(`# comment\n# pom.xml sha256 ${"b".repeat(64)}\n${"a".repeat(40)} org/a/a-1.pom\n\n`)).toEqual({
      pomSha256: "b".repeat(64),
      files: [{ sha1: "a".repeat(40), path: "org/a/a-1.pom" }],
    });
    expect(() => parseDownloadList("abc org/a/a-1.pom")).toThrow(/not a "sha1 path" line/);
    expect(() => parseDownloadList(`${"a".repeat(40)} ../../etc/passwd`)).toThrow(/not a "sha1 path" line/);
  });

  it("puts each missing file in place once its SHA-1 matches, and leaves present files alone", async () => {
    const repository = mkdtempSync(path.join(os.tmpdir(), "kg-prefetch-"));
    mkdirSync(path.join(repository, "org/b/b/2"), { recursive: true });
    writeFileSync(path.join(repository, "org/b/b/2/b-2.jar"), "kept");
    const result = await prefetch([listed("org/a/a/1/a-1.pom"), listed("org/b/b/2/b-2.jar")], repository, () => {}, base);
    expect(result).toEqual({ fetched: 1, present: 1, stopped: null });
    expect(readFileSync(path.join(repository, "org/a/a/1/a-1.pom"), "utf8")).toBe(FILES["org/a/a/1/a-1.pom"]);
    expect(readFileSync(path.join(repository, "org/b/b/2/b-2.jar"), "utf8")).toBe("kept");
  });

  it("never writes a file whose SHA-1 differs, nor one the server does not have, and says why it stopped", async () => {
    const repository = mkdtempSync(path.join(os.tmpdir(), "kg-prefetch-"));
    const result = await prefetch([listed("org/t/t/1/t-1.jar", "the real jar"), listed("org/m/m/1/m-1.pom", "missing")], repository, () => {}, base);
    expect(result.fetched).toBe(0);
    expect(result.stopped).toMatch(/SHA-1 [0-9a-f]{40}, expected|HTTP 404/);
    expect(existsSync(path.join(repository, "org/t/t/1/t-1.jar"))).toBe(false);
    expect(existsSync(path.join(repository, "org/m/m/1/m-1.pom"))).toBe(false);
  });

  it("stops at once, saying why, when the host cannot be reached", async () => {
    const repository = mkdtempSync(path.join(os.tmpdir(), "kg-prefetch-"));
    // A port that was just free: nothing listens there.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await prefetch([listed("org/a/a/1/a-1.pom"), listed("org/b/b/2/b-2.jar")], repository, () => {}, `http://127.0.0.1:${port}`);
    expect(result.fetched).toBe(0);
    expect(result.stopped).toMatch(/^org\/a\/a\/1\/a-1\.pom: .*\(ECONNREFUSED\)$/);
  });

  it("lists the downloads of the launcher's pom.xml as it is, each with a SHA-1", () => {
    const neo4j = path.join(import.meta.dirname, "../../../neo4j");
    const { files, pomSha256 } = parseDownloadList(readFileSync(path.join(neo4j, "maven-downloads.txt"), "utf8"));
    // Fails when pom.xml changed and the list was not written again (node scripts/list-maven-downloads.mjs).
    expect(pomSha256).toBe(createHash("sha256").update(readFileSync(path.join(neo4j, "pom.xml"))).digest("hex"));
    expect(files.some((f) => /^org\/neo4j\/neo4j-kernel\/.+\.jar$/.test(f.path))).toBe(true);
    expect(files.every((f) => /\.(pom|jar)$/.test(f.path))).toBe(true);
  });
});
