/**
 * The trigger lexicon (ingest/data/triggers.json): the words that signal a relation, a project
 * milestone or the kind of a number, and the units numbers may carry. Parsed once, checked strictly,
 * because a typo in a relation type would otherwise silently drop every fact of that type.
 */
import { z } from "zod";
import { EVENT_STATUSES, RELATION_TYPES, VALUE_KINDS } from "../../../src/graph/contract.ts";
import { parseDataFile } from "./parse-data-file.ts";
import { KgError } from "../../../src/errors/kg-error.ts";

const word = z.string().trim().min(1, "must be a non-empty word");
const words = z.array(word).min(1, "must list at least one word");

const relationEntry = z.object({ type: z.enum(RELATION_TYPES), triggers: words });
const eventEntry = z.object({ status: z.enum(EVENT_STATUSES), triggers: words });
const valueKindEntry = z.object({ kind: z.enum(VALUE_KINDS), cues: words });

/** Zod schema of triggers.json. */
export const TriggersSchema = z.object({
  relations: z.array(relationEntry),
  events: z.array(eventEntry),
  valueKinds: z.array(valueKindEntry),
  units: words,
});

/** The parsed trigger lexicon. */
export type Triggers = z.infer<typeof TriggersSchema>;

/** Validates already-decoded JSON as a trigger lexicon; throws INPUT_INVALID naming the file and the bad path. */
export function parseTriggers(json: unknown, file: string): Triggers {
  return parseDataFile(TriggersSchema, json, file, "Trigger file");
}

/** Parses the text of triggers.json (JSON syntax errors included) into a trigger lexicon. */
export function parseTriggersText(text: string, file: string): Triggers {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new KgError("INPUT_INVALID", `Trigger file ${file} is not valid JSON: ${reason}.`, { file, path: "(root)" }, { cause: error });
  }
  return parseTriggers(json, file);
}
