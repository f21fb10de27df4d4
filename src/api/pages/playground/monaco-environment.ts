/**
 * Tells Monaco where its web workers are: the bundled scripts next to the playground's own, never a CDN.
 * Must run before GraphiQL loads Monaco (GraphiQL imports Monaco lazily after the first render).
 */

/** Monaco's hook for creating workers (the subset of `monaco.Environment` used here). */
interface MonacoEnvironment {
  getWorker(workerId: string, label: string): Worker;
}

/** The worker script for a Monaco language label. */
function workerName(label: string): "json" | "graphql" | "editor" {
  if (label === "json") return "json";
  if (label === "graphql") return "graphql";
  return "editor";
}

/** Installs `globalThis.MonacoEnvironment`; `base` is the URL of the playground script. */
export function installMonacoEnvironment(base: string): void {
  const environment: MonacoEnvironment = {
    getWorker(_workerId, label) {
      // The path is built at run time so that esbuild leaves it alone: the workers are separate entry points.
      const url = new URL(`../workers/${workerName(label)}.worker.js`, base);
      return new Worker(url, { name: `monaco-${workerName(label)}` });
    },
  };
  (globalThis as { MonacoEnvironment?: MonacoEnvironment }).MonacoEnvironment = environment;
}
