/** `kg … | head` closes stdout early; that is the reader's choice, not an error worth a stack trace. */

/** Makes a closed stdout end the process quietly instead of crashing with EPIPE. */
export function exitQuietlyOnBrokenPipe(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}
