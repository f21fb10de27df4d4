/** The hand-made gold set (test/gold/*.json): read only by the evaluation, never by the pipeline. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "../../src/config/index.ts";

export interface GoldEntity { name: string; type: string; aliases: string[]; doc: string; quote: string }
export interface GoldRelation { from: string; type: string; to: string; doc: string; quote: string }
export interface GoldIndicator { subject: string; metric: string; value: number; unit: string; year: number | null; kind: string; doc: string; quote: string }

const read = <T>(name: string): T[] => JSON.parse(readFileSync(path.join(PROJECT_ROOT, "test", "gold", name), "utf8")) as T[];

/** The three gold files. */
export function readGold() {
  return {
    entities: read<GoldEntity>("entities.json"),
    relations: read<GoldRelation>("relations.json"),
    indicators: read<GoldIndicator>("indicators.json"),
  };
}

/** A name compared without quotes, brackets and whitespace. */
export function fold(name: string): string {
  return name.replace(/[\s“”"「」《》〈〉‘’']/g, "");
}
