/**
 * A memo for what `ask` works out from a question's words. Questions come without end, so a memo that only grew would
 * hold every word ever asked: it is emptied when full instead (the next questions fill it again with what they use).
 */
/** Most entries a memo keeps. */
export const MEMO_LIMIT = 5_000;

/** Keeps `value` under `key` and returns it. */
export function remember<K, V>(memo: Map<K, V>, key: K, value: V, limit = MEMO_LIMIT): V {
  if (memo.size >= limit) memo.clear();
  memo.set(key, value);
  return value;
}

/**
 * `read` kept per key object (a parsed question, an intent, a name index) and forgotten with it. Only for a `read`
 * whose result depends on nothing but `key`: any further arguments must follow from the key.
 */
export function oncePer<K extends object, A extends unknown[], V>(read: (key: K, ...rest: A) => V): (key: K, ...rest: A) => V {
  const kept = new WeakMap<K, V>();
  return (key, ...rest) => {
    if (kept.has(key)) return kept.get(key) as V;
    const value = read(key, ...rest);
    kept.set(key, value);
    return value;
  };
}
