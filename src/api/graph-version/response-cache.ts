/**
 * GraphQL responses kept by (graph version, normalised operation, variables), least recently used first
 * out, bounded in bytes. The graph changes only at ingest, so an answer stays right until the version
 * moves; then every entry is dropped at once (`clear`), since no request will ask for the old version again.
 */

/** A stored response: the exact bytes and headers Apollo sent. */
export interface CachedResponse {
  readonly body: Buffer;
  readonly headers: readonly (readonly [string, string])[];
}

/** Hits, misses and size, for the benchmark and tests. */
export interface CacheStats {
  readonly hits: number;
  readonly misses: number;
  readonly entries: number;
  readonly bytes: number;
  readonly maxBytes: number;
}

/** Per-entry bookkeeping beyond key and body (Map slot, headers): a rough constant is enough for a bound. */
const ENTRY_OVERHEAD_BYTES = 200;

/** An LRU map from key to response whose keys and bodies together stay under `maxBytes`. */
export class ResponseCache {
  readonly maxBytes: number;
  readonly #entries = new Map<string, { response: CachedResponse; bytes: number }>();
  #bytes = 0;
  #hits = 0;
  #misses = 0;

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes;
  }

  /** The response stored under `key` (and marks it recently used), or undefined. */
  get(key: string): CachedResponse | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) {
      this.#misses++;
      return undefined;
    }
    this.#hits++;
    // Re-inserting moves the key to the end of the Map's order: the order is the recency.
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.response;
  }

  /** Stores `response`; one larger than an eighth of the budget is not kept (it would evict too much). */
  set(key: string, response: CachedResponse): void {
    const bytes = key.length * 2 + response.body.length + ENTRY_OVERHEAD_BYTES;
    if (bytes > this.maxBytes / 8) return;
    this.#remove(key);
    this.#entries.set(key, { response, bytes });
    this.#bytes += bytes;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.bytes;
    }
  }

  /** Drops everything (the graph version moved). */
  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }

  stats(): CacheStats {
    return { hits: this.#hits, misses: this.#misses, entries: this.#entries.size, bytes: this.#bytes, maxBytes: this.maxBytes };
  }

  #remove(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    this.#bytes -= entry.bytes;
  }
}
