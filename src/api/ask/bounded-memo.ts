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
