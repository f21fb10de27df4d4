/**
 * The trigger lexicon (ingest/data/triggers.json): the words that signal a relation, a project
 * milestone or the kind of a number, and the units numbers may carry. Parsed once, checked strictly,
 * because a typo in a relation type would otherwise silently drop every fact of that type.
 */
import { z } from "zod";
import { EVENT_STATUSES, RELATION_TYPES, VALUE_KINDS } from "../../src/graph/contract.ts";
import { KgError } from "../../src/errors/kg-error.ts";

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

/** Renders a zod issue path as `relations[2].type`, the way a person would point into the file. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    out += typeof part === "number" ? `[${part}]` : out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? "(root)" : out;
}

/** Validates already-decoded JSON as a trigger lexicon; throws INPUT_INVALID naming the file and the bad path. */
export function parseTriggers(json: unknown, file: string): Triggers {
  const result = TriggersSchema.safeParse(json);
  if (!result.success) {
    const first = result.error.issues[0];
    const path = first === undefined ? "(root)" : formatPath(first.path);
    const detail = result.error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join("; ");
    throw new KgError("INPUT_INVALID", `Trigger file ${file} is invalid at ${path}: ${detail}. Fix the entry and rebuild.`, {
      file,
      path,
      issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    });
  }
  return result.data;
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
