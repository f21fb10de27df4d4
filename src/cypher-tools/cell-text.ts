/** How one value reads inside a table or CSV cell. */
import type { PlainValue } from "./plain-value.ts";

/** Strings as they are, numbers and booleans as written, null as "", lists of scalars joined, the rest as JSON. */
export function cellText(value: PlainValue | undefined, listSeparator: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== "object")) {
    return value.map((v) => cellText(v, listSeparator)).join(listSeparator);
  }
  return JSON.stringify(value);
}
