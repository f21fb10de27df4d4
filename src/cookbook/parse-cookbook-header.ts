/**
 * Reads the header comment of a cookbook file. The header is the run of `//` lines at the top:
 *
 *   // Question (zh): 哪些项目服务于某个区域或战略（含下属片区）？
 *   // Question (en): Which projects serve an area or strategy, including its sub-areas?
 *   // Param: target (string) — an area or strategy, by name or alias. Example: 中央商埠区
 *   // Param: limit (integer, default 20) — how many rows. Example: 10
 *   // Example: npx kg query projects-serving --param target=中央商埠区
 *
 * Other `//` lines are free notes. A missing question or example, or a malformed Param line, is an error
 * that names the file and the line.
 */
import { KgError } from "../errors/index.ts";
import { PARAM_TYPES, type CookbookParam, type CookbookQuery, type ParamType } from "./cookbook-query.ts";

const FIELD = /^\/\/\s*(Question \(zh\)|Question \(en\)|Param|Example):\s*(.*)$/;
const PARAM = /^([A-Za-z_][A-Za-z0-9_]*)\s*\(([^),]+?)(?:,\s*default\s+([^)]*))?\)\s*[—–-]+\s*(.*?)\s*Example:\s*(.+)$/;

/** Parses a cookbook file's text; `name` is its file name without extension. */
export function parseCookbookHeader(name: string, text: string): CookbookQuery {
  const fields = { zh: "", en: "", example: "" };
  const params: CookbookParam[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const trimmed = line.trim();
    if (!trimmed.startsWith("//")) break;
    const field = FIELD.exec(trimmed);
    if (!field) continue;
    const [, key, value = ""] = field;
    if (key === "Question (zh)") fields.zh = value.trim();
    else if (key === "Question (en)") fields.en = value.trim();
    else if (key === "Example") fields.example = value.trim();
    else params.push(parseParamLine(name, index + 1, value.trim()));
  }
  const missing = [!fields.zh && "Question (zh)", !fields.en && "Question (en)", !fields.example && "Example"].filter(Boolean);
  if (missing.length > 0) {
    throw new KgError("INPUT_INVALID", `cypher/${name}.cypher: the header lacks ${missing.join(", ")} (see any other cookbook file for the format).`, {
      file: `${name}.cypher`,
    });
  }
  return { name, questionZh: fields.zh, questionEn: fields.en, params, example: fields.example, cypher: text };
}

function parseParamLine(name: string, line: number, text: string): CookbookParam {
  const m = PARAM.exec(text);
  const type = m?.[2]?.trim();
  if (!m || type === undefined || !(PARAM_TYPES as readonly string[]).includes(type)) {
    throw new KgError(
      "INPUT_INVALID",
      `cypher/${name}.cypher line ${line}: a Param line must read "Param: name (${PARAM_TYPES.join("|")}[, default x]) — what it is. Example: value", not "${text}".`,
      { file: `${name}.cypher`, line },
    );
  }
  const [, paramName = "", , defaultText, description = "", example = ""] = m;
  return {
    name: paramName,
    type: type as ParamType,
    description,
    example: example.trim(),
    ...(defaultText !== undefined && { default: parseDefault(defaultText.trim()) }),
  };
}

function parseDefault(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
