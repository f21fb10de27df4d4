/**
 * Finding names in sentences: the curated lexicon first (longest match, no overlaps), then patterns for
 * names the lexicon lacks — heads such as 研究院 or 产业园, quoted names and titles, people with a title,
 * industries in enumerations. Precision comes first: a pattern proposes a name only where the text
 * leaves little doubt, and descriptions (服务中心, 一批产业园, 3个产业园) are rejected.
 */
import type { Mention, Sentence } from "../../model.ts";
import type { LexiconIndex } from "./lexicon.ts";
import type { NameCandidate } from "./candidate.ts";
import { completeLists } from "./list-completion.ts";
import { joinBracketed } from "./bracket-names.ts";
import { findActingBodies, findLevelBodies } from "./level-bodies.ts";
import { findNumberedLines, withPhase } from "./phase-names.ts";
import { findIndicatorNames } from "./indicator-names.ts";
import { findIndustryNames } from "./industry-names.ts";
import { findListNames } from "./list-names.ts";
import { findEventNames, withEdition } from "./event-names.ts";
import { findPartnerNames } from "./partner-names.ts";
import { projectsByContext } from "./project-context.ts";
import { findPersonNames } from "./person-names.ts";
import { findProgrammeNames } from "./programme-names.ts";
import { addPlaceShortForms, findPlaceNames, refineAreas, type SentenceFinds } from "./place-names.ts";
import { buildPieces } from "./pieces.ts";
import { findQuotedNames } from "./quoted-names.ts";
import { findSectionNames } from "./section-names.ts";
import { findSloganNames } from "./slogan-names.ts";
import { type Token, tokenize } from "./segmenter.ts";
import { nestedMentions, parentOrganisations } from "./nested-mentions.ts";
import { combineMentions, selectLongest } from "./select-mentions.ts";
import { findSuffixNames } from "./suffix-names.ts";
import { SHORT_ALIAS, splitsWord } from "./word-boundary.ts";

/** Every lexicon match in one sentence, overlapping ones included, short ones only on word boundaries. */
function lexiconMatches(sentence: Sentence, lexicon: LexiconIndex, tokens: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  for (const match of lexicon.trie.findAll(sentence.text)) {
    const entry = lexicon.lookup(match.key);
    if (entry === undefined) continue;
    if (match.end - match.start <= SHORT_ALIAS && splitsWord(match, tokens)) continue;
    mentions.push({
      sentenceIndex: sentence.index,
      surface: sentence.text.slice(match.start, match.end),
      start: match.start,
      end: match.end,
      type: entry.type,
      source: "lexicon",
      canonical: entry.name,
    });
  }
  return mentions;
}

/** Pattern proposals of one sentence, given the chosen lexicon mentions as fixed boundaries. */
function patternProposals(sentence: Sentence, known: readonly Mention[], tokens: readonly Token[]): Mention[] {
  const text = sentence.text;
  const pieces = buildPieces(text, tokens, known);
  // Programmes first: on the same span (…强基工程) the programme frame's type wins over the head's.
  const proposals: NameCandidate[] = [
    ...findProgrammeNames(text, pieces),
    ...findEventNames(text, pieces),
    ...refineAreas(text, pieces, findSuffixNames(text, pieces)),
    ...findQuotedNames(text, known),
    // After the quoted rule: a quoted name with a head (“…产业园”) keeps the head's type on the same span.
    ...findSloganNames(text, pieces),
    ...findPersonNames(text),
    ...findNumberedLines(text),
    ...findLevelBodies(text),
    ...findActingBodies(pieces),
    ...findListNames(text, pieces),
    ...findSectionNames(text, pieces),
    ...findPartnerNames(text),
    ...findPlaceNames(text, pieces),
    ...findIndustryNames(text, pieces),
    ...findIndicatorNames(text, known),
  ];
  // An event's edition or year (第五届, 2024) is part of its mention; resolution keeps the bare name as an alias.
  return proposals.map((c) => withEdition(text, c)).map((p) => ({
    sentenceIndex: sentence.index,
    surface: text.slice(p.start, p.end),
    start: p.start,
    end: p.end,
    type: p.type,
    source: p.source,
    canonical: null,
  }));
}

/** The top layer plus the unrecognised members of lists it has recognised members of (see list-completion.ts). */
function completeListMembers(sentence: Sentence, top: Mention[], tokens: readonly Token[]): Mention[] {
  const more = completeLists(sentence.text, top, tokens).map(
    (p): Mention => ({ sentenceIndex: sentence.index, surface: sentence.text.slice(p.start, p.end), start: p.start, end: p.end, type: p.type, source: p.source, canonical: null }),
  );
  const all = more.length === 0 ? top : [...top, ...more].sort((a, b) => a.start - b.start || a.end - b.end);
  return all.map((m, i) => withPhase(sentence.text, m, all[i + 1]?.start ?? sentence.text.length));
}

/** Mentions in one sentence: the top layer plus curated names nested in it, by start, outer before inner. */
function sentenceMentions(sentence: Sentence, lexicon: LexiconIndex, tokens: readonly Token[]): Mention[] {
  const matches = lexiconMatches(sentence, lexicon, tokens);
  const known = selectLongest(matches);
  const combined = combineMentions(known, patternProposals(sentence, known, tokens));
  const top = projectsByContext(sentence.text, joinBracketed(sentence, completeListMembers(sentence, combined, tokens), tokens));
  const nested = nestedMentions(top, matches, lexicon);
  const parents = parentOrganisations(top).filter((p) => !nested.some((n) => n.start === p.start && n.end === p.end));
  nested.push(...parents);
  return [...top, ...nested].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Every name mention in the sentences (captions and headings included), by sentence then position.
 * Top-layer mentions never overlap; a curated name inside a longer one is also returned (山东大学 in
 * 山东大学国家大学科技园), so consumers that need one reading per span keep the longest.
 */
export function findMentions(sentences: readonly Sentence[], lexicon: LexiconIndex, documentPlace: string | null = null): Mention[] {
  const finds = sentences.map((sentence): SentenceFinds => {
    const tokens = tokenize(sentence.text);
    return { sentence, tokens, mentions: sentenceMentions(sentence, lexicon, tokens) };
  });
  // Short forms of places (某某 for 某某市) are known only once the whole document has been read.
  return addPlaceShortForms(finds, documentPlace).flat();
}
