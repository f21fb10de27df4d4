/**
 * Type from context: a building or park the text counts among its projects ("推动某某大厦、某某产业园等优质项目
 * 尽快落地", "加快某某大厦项目建设") is a project there, whatever its head says. The head (大厦, 产业园, 中心)
 * types a name that stands alone; a list closed by 项目 says what its members are in this report.
 */
import type { Mention } from "../../model.ts";
import { enumerationJoiner } from "../relations/enumerations.ts";

/** After the last member: 等 (with a count and a few qualifiers) then 项目, or 项目 right after the name. */
const PROJECT_CLOSER = /^(?:等(?:[0-9一二三四五六七八九十百]+个)?[\p{Script=Han}]{0,6}?项目|项目)/u;

/** Mentions re-typed as projects where the list they stand in is closed as projects. */
export function projectsByContext(text: string, mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const retyped = new Map<Mention, Mention>();
  let list: Mention[] = [];
  const close = (last: Mention): void => {
    if (PROJECT_CLOSER.test(text.slice(last.end))) {
      for (const m of list) if (m.type === "Platform") retyped.set(m, { ...m, type: "Project" });
    }
  };
  sorted.forEach((m, i) => {
    list.push(m);
    const next = sorted[i + 1];
    const joined = next !== undefined && next.start >= m.end && enumerationJoiner(text.slice(m.end, next.start)) !== null;
    if (!joined) {
      close(m);
      list = [];
    }
  });
  return mentions.map((m) => retyped.get(m) ?? m);
}
