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
import { decodeText } from "../operations/decode-text.ts";
import { sha256Hex } from "../operations/sha256.ts";
import { findPublicationDate, parseFrontMatter } from "./front-matter.ts";
import { readManifest, type ManifestEntry } from "./manifest.ts";

/** A document to read: a path and whatever metadata is already known. */
export interface DocumentInput {
  readonly path: string;
  readonly id?: string;
  readonly title?: string;
  readonly publishedAt?: string | null;
  readonly kind?: DocumentKind;
}

/** Metadata flags given on the command line; they apply to every named file. */
export interface MetadataFlags {
  readonly title?: string;
  readonly publishedAt?: string;
  readonly kind?: DocumentKind;
}

const EXTENSIONS = new Set([".txt", ".md"]);

/** The inputs of the shipped corpus. */
export async function manifestInputs(file?: string): Promise<DocumentInput[]> {
  return (await readManifest(file)).map((e: ManifestEntry) => ({ path: e.path, id: e.id, title: e.title, publishedAt: e.publishedAt, kind: e.kind }));
}

/** Expands files and folders (recursively, .txt and .md) into inputs, in a stable order. */
export async function pathInputs(paths: readonly string[], flags: MetadataFlags = {}): Promise<DocumentInput[]> {
  const files: string[] = [];
  for (const p of paths) {
    const stat = await fs.stat(p).catch((error: unknown) => {
      throw new KgError("FILE_UNREADABLE", `Cannot read ${p}: ${(error as Error).message}`, { file: p }, { cause: error });
    });
    if (stat.isDirectory()) {
      const entries = await fs.readdir(p, { recursive: true, withFileTypes: true });
      for (const entry of entries) if (entry.isFile() && EXTENSIONS.has(path.extname(entry.name))) files.push(path.join(entry.parentPath ?? entry.path, entry.name)); // parentPath: Node ≥ 20.12
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
  return {
    id: input.id ?? meta.id ?? defaultId(input.path),
    title: input.title ?? meta.title ?? firstLine(text) ?? path.basename(input.path),
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

function firstLine(text: string): string | null {
  const line = text.split(/\r?\n/).map((l) => l.replace(/^#+\s*/, "").trim()).find((l) => l.length > 0);
  return line ? line.slice(0, 80) : null;
}
