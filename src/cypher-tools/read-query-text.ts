/** Where `kg cypher` takes its query from: the argument, a file (`-f`), or stdin. */
import { readFile } from "node:fs/promises";
import { KgError } from "../errors/index.ts";

/** The three sources; exactly one is used. */
export interface QuerySources {
  readonly argument?: string | undefined;
  readonly file?: string | undefined;
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
}

/** Reads the query text from the one source given; errors say how to pass a query. */
export async function readQueryText(sources: QuerySources): Promise<string> {
  if (sources.argument !== undefined && sources.file !== undefined) {
    throw new KgError("INPUT_INVALID", "Give the query either as an argument or with -f <file>, not both.");
  }
  let text: string;
  if (sources.argument !== undefined) text = sources.argument;
  else if (sources.file !== undefined) text = await readQueryFile(sources.file);
  else if (sources.stdin.isTTY === true) {
    throw new KgError("INPUT_INVALID", 'No query given: pass it as an argument (kg cypher "MATCH (n) RETURN count(n)"), with -f query.cypher, or on stdin.');
  } else text = await readAll(sources.stdin);
  if (text.trim() === "") throw new KgError("INPUT_INVALID", "The query is empty.");
  return text;
}

async function readQueryFile(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new KgError("FILE_UNREADABLE", `Cannot read the query file ${file}: ${(error as Error).message}`, { file }, { cause: error });
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString("utf8");
}
