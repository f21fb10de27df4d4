/**
 * Sorts the dev-set entity errors into classes a developer can act on: a false positive that holds a gold
 * name (left boundary kept a verb), one that is part of a gold name (cut short), one of the wrong type, one
 * that touches no gold name (generic phrase or invention); and the gold names nothing in the graph touches.
 */

/** An entity as the graph holds it. */
export interface GraphEntity {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly type: string;
}

/** An entity of the gold. */
export interface GoldEntity {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly type: string;
  readonly alt_types?: readonly string[];
}

/** One error class with its size and some examples. */
export interface ErrorClass {
  readonly label: string;
  readonly count: number;
  readonly examples: readonly string[];
}

/** The same folding as the shared scorer's judge: no spaces, quotes, brackets or dashes; lower case. */
export const normName = (s: string): string => s.replace(/[\s\u3000"“”「」《》()（）·・\-—_]/g, "").toLowerCase();

const surfaces = (e: { name: string; aliases?: readonly string[] }) => [e.name, ...(e.aliases ?? [])].map(normName).filter(Boolean);

/** Classes, largest first. */
export function classifyEntityErrors(nodes: readonly GraphEntity[], gold: readonly GoldEntity[]): ErrorClass[] {
  // The gold lists a name once per document: every entry of a surface is found when a node has that surface.
  const goldBySurface = new Map<string, GoldEntity[]>();
  for (const g of gold) for (const s of surfaces(g)) goldBySurface.set(s, [...(goldBySurface.get(s) ?? []), g]);
  const goldSurfaces = [...goldBySurface.keys()];
  const classes = new Map<string, string[]>();
  const add = (label: string, example: string) => (classes.get(label) ?? classes.set(label, []).get(label))?.push(example);

  const touched = new Set<GoldEntity>();
  for (const n of nodes) {
    const own = surfaces(n);
    const entries = own.flatMap((s) => goldBySurface.get(s) ?? []);
    const exact = entries[0];
    if (exact) {
      for (const g of entries) touched.add(g);
      if (![exact.type, ...(exact.alt_types ?? [])].some((t) => t.toLowerCase() === n.type.toLowerCase())) add(`wrong type: ${exact.type} as ${n.type}`, n.name);
      continue;
    }
    const name = normName(n.name);
    const inside = goldSurfaces.find((s) => s.length >= 2 && name.includes(s));
    const around = goldSurfaces.find((s) => s.includes(name));
    if (inside) add("false: holds a gold name (boundary too wide)", `${n.name}⊃${inside}`);
    else if (around) add("false: part of a gold name (cut short)", `${n.name}⊂${around}`);
    else add(`false: no gold name (${n.type})`, n.name);
  }
  for (const g of gold) if (!touched.has(g)) add(`missed ${g.type}`, g.name);
  return [...classes.entries()].map(([label, examples]) => ({ label, count: examples.length, examples })).sort((a, b) => b.count - a.count);
}
