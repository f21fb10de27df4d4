/**
 * `npm run build:pages`: bundles the playground (`/`) and the explorer (`/explore`) into
 * src/api/pages/build/ with esbuild, so that they work without internet access.
 * `npm install` runs it too (the `prepare` script, with `--if-possible`: an install without devDependencies,
 * hence without esbuild, only warns; the server then serves a bundle copied from elsewhere).
 */
import { buildPages } from "../src/api/pages/build-pages.ts";
import { isKgError } from "../src/errors/index.ts";

const ifPossible = process.argv.includes("--if-possible");

try {
  const report = await buildPages();
  const mb = (report.totalBytes / 1024 / 1024).toFixed(1);
  process.stdout.write(
    `build-pages: playground and explorer bundled, ${report.files.length} files, ${mb} MB in src/api/pages/build/ ` +
      `(${(report.ms / 1000).toFixed(1)} s)\n`,
  );
} catch (error) {
  if (!isKgError(error)) throw error;
  process.stderr.write(`build-pages: ${error.message}\n`);
  if (!(ifPossible && isKgError(error, "NOT_FOUND"))) process.exitCode = 1;
}
