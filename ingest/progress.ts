/** How the runner tells the outside world where it is; the CLI draws bars, tests pass a no-op. */
export interface ProgressReporter {
  /** A stage starts for `total` documents. */
  begin(stage: string, total: number): void;
  /** One more document went through `stage`. */
  tick(stage: string, documentId: string): void;
  /** A warning worth showing the user. */
  warn(message: string): void;
  /** All stages are done. */
  end(): void;
}

/** A reporter that reports nothing. */
export const SILENT: ProgressReporter = { begin() {}, tick() {}, warn() {}, end() {} };
