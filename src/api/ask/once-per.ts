/**
 * A pure step remembered per input object (a parsed question, an intent, a name index) and forgotten with it: a
 * WeakMap holds the results, so they live as long as their inputs and need no bound of their own. Only for a step
 * whose result depends on nothing but its first argument: any further arguments must follow from it.
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
