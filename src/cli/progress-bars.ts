/** Progress for terminals: one bar per stage. In CI or when piped, one quiet line per stage instead. */
import cliProgress from "cli-progress";
import type { ProgressReporter } from "../../ingest/progress.ts";
import { say } from "./say.ts";

/** A reporter suited to where stderr goes; `quiet` silences everything but warnings. */
export function terminalProgress(options: { quiet: boolean }): ProgressReporter & { warnings: string[] } {
  const warnings: string[] = [];
  const interactive = process.stderr.isTTY === true && !options.quiet && process.env.CI !== "true";
  if (!interactive) {
    return {
      warnings,
      begin: (stage, total) => void (options.quiet || say(`  ${stage} (${total} document${total === 1 ? "" : "s"})`)),
      tick: () => {},
      warn: (message) => void warnings.push(message),
      end: () => {},
    };
  }
  const multi = new cliProgress.MultiBar(
    { format: " {stage} |{bar}| {value}/{total} {doc}", hideCursor: true, clearOnComplete: false, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  const bars = new Map<string, cliProgress.SingleBar>();
  return {
    warnings,
    begin: (stage, total) => void bars.set(stage, multi.create(total, 0, { stage: stage.padEnd(10), doc: "" })),
    tick: (stage, doc) => bars.get(stage)?.increment({ doc }),
    warn: (message) => void warnings.push(message),
    end: () => multi.stop(),
  };
}
