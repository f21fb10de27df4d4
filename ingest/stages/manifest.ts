/** The corpus manifest: which documents the product ships with, and their metadata. */
import { promises as fs } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DOCUMENT_KINDS } from "../../src/graph/contract.ts";
import { KgError } from "../../src/errors/index.ts";
import { PROJECT_ROOT } from "../../src/config/index.ts";

/** The shipped corpus manifest. */
export const DEFAULT_MANIFEST = path.join(PROJECT_ROOT, "ingest", "data", "manifest.json");

const ManifestSchema = z.strictObject({
  documents: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "ids use letters, digits, '.', '_' and '-'"),
        title: z.string().min(1),
        publishedAt: z
          .string()
          .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "use YYYY, YYYY-MM or YYYY-MM-DD")
          .nullable(),
        kind: z.enum(DOCUMENT_KINDS),
        place: z.string().min(1).optional(),
        file: z.string().min(1),
        origin: z.string().optional(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
      }),
    )
    .min(1),
});

/** One manifest entry with its file resolved to an absolute path. */
export type ManifestEntry = z.infer<typeof ManifestSchema>["documents"][number] & { readonly path: string };

/** Reads and validates a manifest; errors name the file and the entry. */
export async function readManifest(file = DEFAULT_MANIFEST): Promise<ManifestEntry[]> {
  let json: unknown;
  try {
    json = JSON.parse(await fs.readFile(file, "utf8"));
  } catch (error) {
    throw new KgError("MANIFEST_INVALID", `Cannot read the manifest ${file}: ${(error as Error).message}`, { file }, { cause: error });
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new KgError("MANIFEST_INVALID", `The manifest ${file} is invalid: ${problems}`, { file });
  }
  const ids = new Set<string>();
  for (const doc of parsed.data.documents) {
    if (ids.has(doc.id)) throw new KgError("MANIFEST_INVALID", `The manifest ${file} lists document id "${doc.id}" twice.`, { file });
    ids.add(doc.id);
  }
  const dir = path.join(path.dirname(file), "corpus");
  return parsed.data.documents.map((doc) => ({ ...doc, path: path.resolve(dir, doc.file) }));
}
