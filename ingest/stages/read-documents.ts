/**
 * The read stage: finds the documents to ingest (the manifest, or files and folders a user names),
 * reads their bytes and decodes them. Every failure names the file.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { KgError } from "../../src/errors/index.ts";
import type { DocumentKind } from "../../src/graph/contract.ts";
import { stableId } from "../../src/graph/ids.ts";
import { DOCUMENT_KINDS } from "../../src/graph/contract.ts";
import type { SourceDocument } from "../model.ts";
import { decodeText } from "../operations/text/decode-text.ts";
import { findDocumentPlace } from "../operations/place/document-place.ts";
import { sha256Hex } from "../operations/text/sha256.ts";
import { findPublicationDate, parseFrontMatter } from "./front-matter.ts";
import { readManifest, type ManifestEntry } from "./manifest.ts";

/** A document to read: a path and whatever metadata is already known. */
export interface DocumentInput {
  readonly path: string;
  readonly id?: string;
  readonly title?: string;
  readonly publishedAt?: string | null;
  readonly kind?: DocumentKind;
  readonly place?: string;
}

/** Metadata flags given on the command line; they apply to every named file. */
export interface MetadataFlags {
  readonly title?: string;
  readonly publishedAt?: string;
  readonly kind?: DocumentKind;
  readonly place?: string;
}

const EXTENSIONS = new Set([".txt", ".md"]);

/** The inputs of the shipped corpus. */
export async function manifestInputs(file?: string): Promise<DocumentInput[]> {
  return (await readManifest(file)).map((e: ManifestEntry) => ({ path: e.path, id: e.id, title: e.title, publishedAt: e.publishedAt, kind: e.kind, ...(e.place !== undefined && { place: e.place }) }));
}

/** README, LICENSE and CHANGELOG files (any case, any suffix: README.zh.md, LICENSE.txt): notes about a folder, not reports. */
export function isFolderNote(file: string): boolean {
  return /^(readme|licen[cs]e|changelog)(\.[^/\\]*)?$/i.test(path.basename(file));
}

/**
 * Expands files and folders (recursively, .txt and .md) into inputs, in a stable order. Inside folders,
 * README/LICENSE/CHANGELOG files are skipped (and passed to `onSkip`); a file named explicitly is always read.
 */
export async function pathInputs(paths: readonly string[], flags: MetadataFlags = {}, onSkip: (file: string) => void = () => {}): Promise<DocumentInput[]> {
  const files: string[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p).catch((error: unknown) => {
      throw new KgError("FILE_UNREADABLE", `Cannot read ${p}: ${(error as Error).message}`, { file: p }, { cause: error });
    });
    if (stat.isDirectory()) {
      const entries = await fs.readdir(p, { recursive: true, withFileTypes: true });
      for (const entry of entries) {
        if (!entry.isFile() || !EXTENSIONS.has(path.extname(entry.name))) continue;
        const file = path.join(entry.parentPath ?? entry.path, entry.name); // parentPath: Node ≥ 20.12
        if (isFolderNote(entry.name)) onSkip(file);
        else files.push(file);
      }
    } else files.push(p);
  }
  return [...new Set(files.map((f) => path.resolve(f)))].sort().map((file) => ({ path: file, ...flags }));
}

/** Reads and decodes one document; metadata comes from the input, else front-matter, else the text. */
export async function readDocument(input: DocumentInput): Promise<SourceDocument> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(input.path);
  } catch (error) {
    throw new KgError("FILE_UNREADABLE", `Cannot read ${input.path}: ${(error as Error).message}`, { file: input.path }, { cause: error });
  }
  const { text: decoded, encoding } = decodeText(bytes, input.path);
  const { meta, body } = parseFrontMatter(decoded);
  const text = body;
  const kindText = input.kind ?? meta.kind;
  const kind = DOCUMENT_KINDS.find((k) => k === kindText) ?? "other";
  const title = input.title ?? meta.title ?? titleLine(text) ?? path.basename(input.path);
  return {
    id: input.id ?? meta.id ?? defaultId(input.path),
    title,
    place: input.place ?? meta.place ?? findDocumentPlace(text, title),
    publishedAt: input.publishedAt !== undefined ? input.publishedAt : (meta.publishedAt ?? findPublicationDate(text)),
    kind,
    source: path.basename(input.path),
    text,
    sha256: sha256Hex(bytes),
    encoding,
  };
}

function defaultId(file: string): string {
  return path.basename(file, path.extname(file)).replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || `doc-${stableId(path.basename(file))}`;
}

/**
 * The first line that reads like a title: web copies start with page furniture (下载, 打印, 【字号：), so a
 * title has at least six Han characters and is not a "来源：…" or "时间：…" line.
 */
function titleLine(text: string): string | null {
  const lines = text.split(/\r?\n/).slice(0, 40).map((l) => l.replace(/^#+\s*/, "").trim());
  const line = lines.find((l) => (l.match(/\p{Script=Han}/gu) ?? []).length >= 6 && !/^\p{Script=Han}{1,4}[:：]/u.test(l)) ?? lines.find((l) => l.length > 0);
  return line ? line.slice(0, 80) : null;
}
