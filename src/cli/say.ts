/** Progress and status lines go to stderr so stdout stays clean for results (JSON, CSV, tables). */
export function say(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Formats milliseconds as seconds with one decimal, e.g. "4.2 s". */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
