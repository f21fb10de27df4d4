/**
 * Names read from the partner frame: "与某某共建…", "加大与某某联合招商力度", "与某某签署…". What stands between
 * 与 and a verb of acting together is the other party, a name even when no head says so (a short name, a
 * news agency, a place without its level). A place word makes it an area, a head or a company's ending its type,
 * anything else an institution.
 */
import type { NameCandidate } from "./candidate.ts";
import { isGenericText } from "./name-checks.ts";
import { dictionaryKnowsCity, tokenize } from "./segmenter.ts";
import type { EntityType } from "../../../src/graph/contract.ts";
import { ORGANISATION_HEADS } from "./organisation-heads.ts";
import { HARD_STOPS, NAME_SUFFIXES } from "./vocabulary.ts";

/** 与 + the party + a verb of acting together (the verbs of PARTNERS_WITH that take 与). */
const PARTNER_FRAME = /与([^与和及、，。；：！？“”（）()\s0-9]{2,8}?)(?=共建|共同|联合|合作|签署|签订|签约|携手|结对|协作)/gu;
/** jieba tags a party's words may carry: nouns, places, organisations, unknown words, abbreviations. */
const NAME_TAGS: ReadonlySet<string> = new Set(["n", "nr", "ns", "nt", "nz", "x", "j", "eng", "f", "s"]);
/** Area heads a party may end in. */
const PLACE_HEAD = /(?:省|市|区|县|镇|乡|村|街道|新区|自贸港|自贸区)$/u;

/** Endings of companies' short names: 某某科技, 某某控股. */
const COMPANY_ENDINGS = /(?:科技|控股|股份|传媒|物流|电子|通信|智能|实业|重工|汽车)$/u;

/** The type a party's ending gives: the head rules' (某某集团, 某某大学, 某某创投), or a company's short name. */
function headType(name: string): EntityType | undefined {
  const head = [...NAME_SUFFIXES, ...ORGANISATION_HEADS].filter((h) => name.endsWith(h.text) && name.length > h.text.length).sort((a, b) => b.text.length - a.text.length)[0];
  return head?.type ?? (COMPANY_ENDINGS.test(name) ? "Enterprise" : undefined);
}

/** Proposes the partners of one sentence. */
export function findPartnerNames(text: string): NameCandidate[] {
  const found: NameCandidate[] = [];
  for (const match of text.matchAll(PARTNER_FRAME)) {
    const name = match[1] ?? "";
    const start = (match.index ?? 0) + 1;
    const tokens = tokenize(name);
    if (isGenericText(name) || tokens.some((t) => HARD_STOPS.has(t.text) || !NAME_TAGS.has(t.tag))) continue;
    // One common word is a kind of party (与企业合作, 与高校共建), not a name.
    if (tokens.length === 1 && ["n", "f", "s"].includes(tokens[0]?.tag ?? "")) continue;
    const place = PLACE_HEAD.test(name) || tokens.every((t) => t.tag === "ns") || dictionaryKnowsCity(name);
    found.push({ start, end: start + name.length, type: place ? "Area" : (headType(name) ?? "Institution"), source: "pattern" });
  }
  return found;
}
