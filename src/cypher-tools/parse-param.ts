/** `--param name=value`: the value is read as JSON when it parses, else taken as a plain string. */
import { KgError } from "../errors/index.ts";

/** One parsed `--param`. */
export interface ParsedParam {
  readonly name: string;
  readonly value: unknown;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Parses `name=value`. `limit=5` gives the number 5, `names=["a","b"]` a list, `flag=true` a boolean,
 * `name=中央活力区` and `name=` strings (a JSON string `name="5"` keeps 5 a string).
 */
export function parseParam(text: string): ParsedParam {
  const eq = text.indexOf("=");
  const name = eq < 0 ? text : text.slice(0, eq);
  if (eq < 0 || !NAME.test(name)) {
    throw new KgError("INPUT_INVALID", `--param must look like name=value (e.g. --param name=中央活力区), not "${text}".`, { param: text });
  }
  const raw = text.slice(eq + 1);
  return { name, value: parseValue(raw) };
}

function parseValue(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** Folds repeated `--param` flags into one map; a name given twice is an error. */
export function paramsFrom(texts: readonly string[]): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const text of texts) {
    const { name, value } = parseParam(text);
    if (Object.hasOwn(params, name)) throw new KgError("INPUT_INVALID", `--param ${name} is given twice.`, { param: name });
    params[name] = value;
  }
  return params;
}

/** Commander's collector for a repeatable option. */
export function collectParam(value: string, previous: readonly string[] = []): string[] {
  return [...previous, value];
}
