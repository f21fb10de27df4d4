/** Checks the parameters a user gave against a cookbook query's header, fills defaults, and coerces types. */
import { KgError } from "../errors/index.ts";
import type { CookbookParam, CookbookQuery } from "./cookbook-query.ts";

/** The parameters to send: every declared one, given or defaulted, of its declared type. */
export function bindParams(query: CookbookQuery, given: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const declared = new Set(query.params.map((p) => p.name));
  const unknown = Object.keys(given).filter((k) => !declared.has(k));
  if (unknown.length > 0) {
    throw new KgError("INPUT_INVALID", `${query.name} has no parameter ${unknown.join(", ")}. It takes: ${signature(query)}.`, { query: query.name, unknown });
  }
  const bound: Record<string, unknown> = {};
  for (const param of query.params) {
    const value = Object.hasOwn(given, param.name) ? given[param.name] : param.default;
    if (value === undefined) {
      throw new KgError(
        "INPUT_INVALID",
        `${query.name} needs --param ${param.name}=… (${param.type}: ${param.description}), e.g. --param ${param.name}=${param.example}`,
        { query: query.name, param: param.name },
      );
    }
    bound[param.name] = coerce(query.name, param, value);
  }
  return bound;
}

/** "target: string, limit: integer = 20" — for listings and messages. */
export function signature(query: CookbookQuery): string {
  if (query.params.length === 0) return "no parameters";
  return query.params.map((p) => `${p.name}: ${p.type}${p.default === undefined ? "" : ` = ${JSON.stringify(p.default)}`}`).join(", ");
}

function coerce(queryName: string, param: CookbookParam, value: unknown): unknown {
  const wrong = () =>
    new KgError("INPUT_INVALID", `--param ${param.name} of ${queryName} must be ${article(param.type)}, not ${JSON.stringify(value)}.`, {
      query: queryName,
      param: param.name,
    });
  if (value === null) return null;
  switch (param.type) {
    case "string":
      // `--param name=2023` parses as a number; a name is meant.
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return String(value);
      throw wrong();
    case "integer":
      if (typeof value === "number" && Number.isSafeInteger(value)) return value;
      throw wrong();
    case "float":
      if (typeof value === "number") return value;
      throw wrong();
    case "boolean":
      if (typeof value === "boolean") return value;
      throw wrong();
    case "string[]":
      if (typeof value === "string") return [value];
      if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value;
      throw wrong();
    default: {
      const never: never = param.type;
      throw new Error(`unknown parameter type ${String(never)}`);
    }
  }
}

function article(type: CookbookParam["type"]): string {
  return type === "string[]" ? 'a list of strings (e.g. ["a","b"])' : type === "integer" ? "an integer" : `a ${type}`;
}
