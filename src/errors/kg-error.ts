/** Machine-readable error codes: stable strings carried to the CLI exit and to GraphQL `extensions.code`. */
export type KgErrorCode =
  | "CONFIG_INVALID"
  | "JAVA_MISSING"
  | "MAVEN_MISSING"
  | "LAUNCHER_BUILD_FAILED"
  | "LAUNCHER_CRASHED"
  | "PORT_IN_USE"
  | "DATA_DIR_NOT_WRITABLE"
  | "NEO4J_UNREACHABLE"
  | "NEO4J_AUTH"
  | "NEO4J_START_TIMEOUT"
  | "CYPHER_SYNTAX"
  | "CYPHER_WRITE_REFUSED"
  | "CYPHER_FAILED"
  | "FILE_UNREADABLE"
  | "FILE_EMPTY"
  | "FILE_TOO_LARGE"
  | "FILE_BINARY"
  | "FILE_ENCODING"
  | "MANIFEST_INVALID"
  | "INPUT_INVALID"
  | "INGEST_RUNNING"
  | "NOT_FOUND";

/**
 * A user-facing error: what went wrong, in words that say what to do next.
 * Anything that is not a KgError reaching the CLI boundary is a bug and is reported as one.
 */
export class KgError extends Error {
  readonly code: KgErrorCode;
  readonly context: Readonly<Record<string, unknown>>;

  constructor(code: KgErrorCode, message: string, context: Record<string, unknown> = {}, options?: ErrorOptions) {
    super(message, options);
    this.name = "KgError";
    this.code = code;
    this.context = context;
  }
}

/** True when `error` is a KgError, optionally with the given code. */
export function isKgError(error: unknown, code?: KgErrorCode): error is KgError {
  return error instanceof KgError && (code === undefined || error.code === code);
}
