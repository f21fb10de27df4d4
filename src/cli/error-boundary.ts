/**
 * Where every `kg` command ends: a KgError is the user's problem and prints as a clean message;
 * anything else is our bug and prints as one, with the stack, asking for a report.
 */
import { isKgError } from "../errors/index.ts";

/** Runs a command action, turning errors into a message and an exit code. */
export function withErrorBoundary<A extends unknown[]>(action: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await action(...args);
    } catch (error) {
      process.exitCode = reportError(error);
    }
  };
}

/** Prints an error for a terminal user and returns the exit code for it. */
export function reportError(error: unknown): number {
  if (isKgError(error)) {
    process.stderr.write(`\u2716 ${error.message}\n`);
    return error.code === "CONFIG_INVALID" || error.code === "INPUT_INVALID" || error.code === "INGEST_RUNNING" ? 2 : 1;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`\u2716 Internal error — this is a bug in kg, please report it with this output:\n${stack}\n`);
  return 70;
}
