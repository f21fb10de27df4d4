/**
 * The runner: documents flow through the stages in order; it owns timing, progress, per-document
 * transactions and error collection. A document that fails at any stage is reported and dropped;
 * the others go on, and nothing of the failed one reaches the graph.
 */
import type { Db } from "../src/db/index.ts";
import { isKgError } from "../src/errors/index.ts";
import { curatedAliasesFrom, isUnchanged, loadDocument, loadedDocuments } from "./load/load-document.ts";
import { emptyGraph } from "./load/remove-document.ts";
import type { ExtractedDocument, SourceDocument } from "./model.ts";
import type { ProgressReporter } from "./progress.ts";
import type { ExtractorResources } from "./resources.ts";
import { EXTRACT_STAGES, toExtracted, type DocumentWork } from "./stages/extract-stages.ts";
import type { DocumentInput } from "./stages/read-documents.ts";

/** What happened to one document. */
export interface DocumentOutcome {
  readonly id: string;
  readonly source: string;
  readonly status: "loaded" | "unchanged" | "failed" | "extracted";
  readonly error?: string;
  readonly errorCode?: string;
  readonly counts?: { sentences: number; entities: number; relations: number; indicators: number; events: number };
  readonly warnings: readonly string[];
}

/** The result of one ingest run. */
export interface IngestReport {
  readonly documents: readonly DocumentOutcome[];
  /** Milliseconds per stage, summed over documents. */
  readonly stageMs: Readonly<Record<string, number>>;
  readonly extracted: readonly ExtractedDocument[];
  readonly failed: number;
}

/** Options of a run. */
export interface IngestOptions {
  /** Re-ingest documents even when their text and the extractor are unchanged. */
  readonly force?: boolean;
  /** Empty the graph (bookkeeping kept) once the inputs are extracted, then load them all: `kg ingest --rebuild`. */
  readonly rebuild?: boolean;
  readonly progress: ProgressReporter;
}

/**
 * Extracts every input in memory (no database); failures are collected, not thrown. Documents for which `skip`
 * says yes once they are read (the cheap first stage: file bytes, metadata) go no further and are returned apart.
 */
export async function extractAll(inputs: readonly DocumentInput[], resources: ExtractorResources, progress: ProgressReporter, skip?: (source: SourceDocument) => boolean) {
  const stageMs: Record<string, number> = {};
  const failures: DocumentOutcome[] = [];
  const skipped: SourceDocument[] = [];
  let works: DocumentWork[] = inputs.map((input) => ({ input }));
  for (const stage of EXTRACT_STAGES) {
    if (skip !== undefined && stage !== EXTRACT_STAGES[0]) {
      works = works.filter((work) => !(work.source !== undefined && skip(work.source) && skipped.push(work.source)));
    }
    progress.begin(stage.name, works.length);
    const survivors: DocumentWork[] = [];
    for (const work of works) {
      const started = performance.now();
      try {
        await stage.run(work, resources);
        survivors.push(work);
      } catch (error) {
        if (!isKgError(error) && !(error instanceof Error)) throw error;
        failures.push(failure(work, error));
        progress.warn(`${work.source?.id ?? work.input.path}: ${error.message}`);
      } finally {
        stageMs[stage.name] = (stageMs[stage.name] ?? 0) + performance.now() - started;
        progress.tick(stage.name, work.source?.id ?? work.input.path);
      }
    }
    works = survivors;
  }
  return { extracted: works.map(toExtracted), failures, stageMs, skipped };
}

/**
 * Extracts and loads: each document in its own transaction. A document whose file bytes, metadata and extractor
 * are those the graph holds is recognised right after it is read and not extracted at all (a warm `kg start`
 * with an unchanged corpus does no extraction); its outcome then has no counts.
 */
export async function runIngest(db: Db, inputs: readonly DocumentInput[], resources: ExtractorResources, options: IngestOptions): Promise<IngestReport> {
  const { progress } = options;
  const reuse = !options.force && !options.rebuild;
  const loaded = await loadedDocuments(db);
  const skip = reuse ? (source: SourceDocument) => isUnchanged(loaded.get(source.id), source, resources.extractorHash) : undefined;
  const { extracted, failures, stageMs, skipped } = await extractAll(inputs, resources, progress, skip);
  const outcomes: DocumentOutcome[] = [...failures];
  const seen = new Set<string>();
  for (const source of skipped) {
    if (seen.has(source.id)) outcomes.push(duplicate(source));
    else outcomes.push({ id: source.id, source: source.source, status: "unchanged", warnings: [] });
    seen.add(source.id);
  }
  // Emptied after extraction, so readers see an empty graph only while the documents load; never for nothing.
  if (options.rebuild && extracted.length > 0) await emptyGraph(db);
  const curatedAliasesOf = curatedAliasesFrom(resources.lexicon);
  progress.begin("load", extracted.length);
  for (const doc of extracted) {
    const id = doc.document.id;
    const started = performance.now();
    try {
      if (seen.has(id)) throw new Error(duplicateMessage(id));
      seen.add(id);
      const previous = options.rebuild ? undefined : loaded.get(id);
      if (!options.force && isUnchanged(previous, doc.document, resources.extractorHash)) {
        outcomes.push(outcome(doc, "unchanged"));
      } else {
        await loadDocument(db, doc, resources.extractorHash, previous !== undefined, curatedAliasesOf);
        outcomes.push(outcome(doc, "loaded"));
      }
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      if (isKgError(error, "NEO4J_UNREACHABLE")) throw error; // nothing else can load either
      outcomes.push(failure({ input: { path: doc.document.source }, source: doc.document }, error));
      progress.warn(`${id}: not loaded, its transaction was rolled back: ${error.message}`);
    } finally {
      stageMs.load = (stageMs.load ?? 0) + performance.now() - started;
      progress.tick("load", id);
    }
  }
  progress.end();
  return { documents: outcomes, stageMs, extracted, failed: outcomes.filter((o) => o.status === "failed").length };
}

function outcome(doc: ExtractedDocument, status: DocumentOutcome["status"]): DocumentOutcome {
  return {
    id: doc.document.id,
    source: doc.document.source,
    status,
    counts: {
      sentences: doc.sentences.length,
      entities: doc.entities.length,
      relations: doc.relations.length,
      indicators: doc.indicators.length,
      events: doc.events.length,
    },
    warnings: doc.warnings,
  };
}

function duplicateMessage(id: string): string {
  return `document id "${id}" is used by two inputs in this run; give one of them another id`;
}

function duplicate(source: SourceDocument): DocumentOutcome {
  return { id: source.id, source: source.source, status: "failed", error: duplicateMessage(source.id), errorCode: "INTERNAL", warnings: [] };
}

function failure(work: DocumentWork, error: Error): DocumentOutcome {
  return {
    id: work.source?.id ?? work.input.id ?? work.input.path,
    source: work.input.path,
    status: "failed",
    error: error.message,
    errorCode: isKgError(error) ? error.code : "INTERNAL",
    warnings: [],
  };
}
