/**
 * Attribution candidates of a parsed document, scored: candidates from the trees (frames.ts) whose
 * features the learned model rates at or above its threshold, with a source that can speak,
 * best first. Quotations that run over several sentences are taken whole (quotes.ts). Choosing
 * among overlapping candidates is left to the caller (index.ts), which knows who the sources are.
 */
import { isGroupNoun, isPersonRole, organizationKindOfHead } from '../entities/gazetteer.ts';
import { quantifiedNoun } from './sources/quantity-sources.ts';
import type { NlpDocument, NlpToken } from '../nlp/types.ts';
import { accordingContent } from './boundaries/according-spans.ts';
import { isBackgroundRelative } from './filters/background-relatives.ts';
import { candidates, type Candidate } from './frames/frames.ts';
import { isImpression } from './filters/impression-cues.ts';
import { isExpletiveSubject } from './filters/expletive-subjects.ts';
import { isApplication } from './filters/applications.ts';
import { isLightVerbObject } from './filters/light-verb-objects.ts';
import { isNameRoster } from './filters/name-rosters.ts';
import { candidateFeatures } from './model/features.ts';
import { splitLaterSpeakers } from './quotes/later-speakers.ts';
import { CUE_LEXICON, attributionProbability, type CueLexicon } from './model/lexicon.ts';
import { splitOwnClauses } from './boundaries/own-clauses.ts';
import { askerOf } from './frames/question-askers.ts';
import { describedSpeakerReading } from './sources/relative-object-speakers.ts';
import { possessiveRelativeReading } from './sources/possessive-relative-speakers.ts';
import { closedClauseReading } from './frames/closing-sentence-credits.ts';
import { extendToQuotes, findQuotes } from './quotes/quotes.ts';
import { quoteBefore } from './quotes/backward-quotes.ts';
import { quoteAfterSentence } from './quotes/following-quotes.ts';
import { quoteAfterColon } from './quotes/colon-quotes.ts';
import { objectThroughPredicate } from './boundaries/upside-down-objects.ts';
import { objectThroughSiblingPredicate } from './boundaries/stranded-objects.ts';
import { DependencyTree } from './tree.ts';
import { isUnattributed } from './filters/unattributed-cues.ts';
import { redirectedSpeaker } from './sources/redirected-speakers.ts';
import { documentAuthor } from './sources/document-authors.ts';
import { governingSpeaker } from './sources/governing-speaker.ts';
import { isReportingSubject } from './sources/reporting-subjects.ts';
import { isCourtPaper } from './sources/court-papers.ts';
import { isPublicInstitution } from './sources/public-institutions.ts';
import { findingsPaperReports } from './sources/findings-papers.ts';
import { peopleSaying } from './sources/people-speakers.ts';
import { peopleBelieving } from './sources/reported-people-beliefs.ts';
import { describedByStatingParticiple } from './sources/participle-described-nouns.ts';
import { isFindingAgent } from './filters/people-findings.ts';
import type { TextSpan } from '../text/spans.ts';
import { ownEntry } from '../text/own-entries.ts';
import type { FoundAttribution } from './found-attribution.ts';

export type { TextSpan, FoundAttribution };

/** The cue of an attribution read off the words (not proposed by a frame): the token, its lemma, its characters. */
export function cueOf(token: NlpToken): FoundAttribution['cue'] {
  return { token: token.index, lemma: token.lemma.toLowerCase(), span: { start: token.start, end: token.end } };
}

/** Each sentence's candidates from its tree (frames.ts), in sentence order. */
export function proposedCandidates(doc: NlpDocument): Candidate[][] {
  return doc.sentences.map((s) => candidates(s));
}

/**
 * Candidates at or above the model's threshold; with `floor`, also those at or above `floor`
 * (the caller keeps those only where it has more evidence, e.g. inside an outlet's report).
 * `proposed`: the document's `proposedCandidates`, when the caller has them already.
 */
export function scoredCandidates(
  text: string,
  doc: NlpDocument,
  lexicon: CueLexicon = CUE_LEXICON,
  floor = 1,
  proposed: Candidate[][] = proposedCandidates(doc),
): FoundAttribution[] {
  const quotes = findQuotes(text);
  const found: FoundAttribution[] = [];
  for (const [i, sentence] of doc.sentences.entries()) {
    const tree = DependencyTree.of(sentence);
    const rate = (proposed: Candidate) => {
      // "An Iraqi who fled Mosul said S": the Iraqi speaks; where the misreading also cut the content, nobody does.
      const described = describedSpeakerReading(tree, proposed);
      if (described === null) return;
      // "A baker whose shop burned said S": the one "whose" describes can speak, though the lexicon does not know bakers.
      const possessive = described ? undefined : possessiveRelativeReading(tree, proposed);
      const c = described ?? possessive ?? { ...proposed, source: askerOf(tree, proposed) ?? proposed.source };
      if (c.source === undefined) return;
      const span = candidateSpan(text, quotes, tree, c);
      // "Painful cuts allow voters to back S", "In addition to stating S, X has ...": the noun judged is the one the
      // resolver will name (the controlling object, the governing clause's subject).
      const named = redirectedSpeaker(tree, c.source, c.cue) ?? governingSpeaker(tree, c.source, c.cue, span)?.speaker ?? c.source;
      // "according to a report issued by the port's auditor": a document that can speak speaks for a maker the lexicon does not know.
      const madeDocument = (maker: number) => documentAuthor(tree, c.source!, c.cue) === maker && canBeSource(tree, c.source!, lexicon);
      const speaks =
        canBeSource(tree, named, lexicon) ||
        (possessive !== undefined && named === possessive.source) ||
        isReportingSubject(tree, named, c.cue) ||
        madeDocument(named) ||
        findingsPaperReports(tree, named, c.frame) ||
        peopleSaying(tree, named, c.cue, lexicon) ||
        describedByStatingParticiple(tree, named, c.cue) ||
        isFindingAgent(tree, c);
      const reportedOnly = !speaks && peopleBelieving(tree, named, c.cue, lexicon);
      if (!(speaks || reportedOnly) || isImpression(tree, c) || isExpletiveSubject(tree, c)) return;
      if (isUnattributed(tree, c) || isLightVerbObject(tree, c) || isApplication(tree, c) || isNameRoster(tree, c)) return;
      if (!span) return;
      const p = attributionProbability(lexicon, candidateFeatures(tree, c, span, quotes));
      if (isBackgroundRelative(tree, c, p)) return;
      return { c, span, source: c.source, p, reportedOnly };
    };
    const own = splitOwnClauses(tree, proposed[i]);
    const ratings = new Map(own.map((c) => [c, rate(c)]));
    const speaks = new Set(own.filter((c) => (ratings.get(c)?.p ?? 0) >= lexicon.threshold));
    // A candidate the cut left whole is the same object, already rated.
    for (const proposed of splitLaterSpeakers(tree, own, speaks)) {
      const rated = ratings.has(proposed) ? ratings.get(proposed) : rate(proposed);
      if (!rated || rated.p < Math.min(lexicon.threshold, floor)) continue;
      const closed = closedClauseReading(tree, rated.c, own);
      const closedSpan = closed && candidateSpan(text, quotes, tree, closed);
      const upright = objectThroughPredicate(tree, rated.c) ?? objectThroughSiblingPredicate(tree, rated.c);
      const reading =
        closed && closedSpan
          ? attributionOf(tree, closed, closedSpan, quotes, rated.source, rated.p)
          : attributionOf(tree, rated.c, (upright && tree.span(upright)) ?? rated.span, quotes, rated.source, rated.p);
      found.push(rated.reportedOnly ? { ...reading, reportedOnly: true } : reading);
    }
  }
  return found.sort((x, y) => y.confidence - x.confidence);
}

/** Candidate `c` the model rated `p`, as an attribution of `source`: its content widened to the quotations it opens or closes. */
export function attributionOf(
  tree: DependencyTree,
  c: Candidate,
  span: TextSpan,
  quotes: TextSpan[],
  source: number,
  p: number,
): FoundAttribution {
  return {
    sentence: c.sentence,
    cue: cueOf(tree.token(c.cue)),
    frame: c.frame,
    content: extendToQuotes(sentenceRest(tree, c) ?? span, quotes),
    source,
    confidence: Math.round(p * 1000) / 1000,
  };
}

/** "S, according to X": the rest of the sentence (according-spans.ts). */
function sentenceRest(tree: DependencyTree, c: Candidate): TextSpan | undefined {
  const tokens = accordingContent(tree, c);
  return tokens && tree.span(tokens);
}

/** Where a candidate's content lies: its tokens, or the quotation before or after its sentence. */
export function candidateSpan(text: string, quotes: TextSpan[], tree: DependencyTree, c: Candidate): TextSpan | undefined {
  if (c.forward) return quoteAfter(text, quotes, tree.token(tree.size).end);
  if (c.backward)
    return quoteBefore(text, quotes, tree.token(1).start, c.lemma) ?? quoteAfterSentence(text, quotes, tree.token(tree.size).end);
  return quoteAfterColon(text, quotes, tree, c) ?? tree.span(c.content);
}

/** The quotation that opens right after `offset` (past spaces and an opening mark). */
function quoteAfter(text: string, quotes: TextSpan[], offset: number): TextSpan | undefined {
  return quotes.find((q) => q.start >= offset && /^[\s“"]*$/.test(text.slice(offset, q.start)));
}

/**
 * A name, a pronoun, or a common noun that can speak: one that heads sources in train ("officials",
 * "poll"), an institution, group or role the gazetteer knows ("ministry", "police", "volunteers",
 * "spokesman"), or a noun a name modifies ("Ukraine's defense ministry"). Not "the time", "a ban".
 */
function canBeSource(tree: DependencyTree, head: number, lexicon: CueLexicon): boolean {
  const t = tree.token(head);
  if (!/^NNS?$/.test(t.pos)) return true;
  if (t.ner === 'PERSON' || t.ner === 'ORGANIZATION' || t.ner === 'TITLE') return true;
  const lemma = t.lemma.toLowerCase();
  if ((ownEntry(lexicon.sourceNouns, lemma) ?? 0) > 0 || isCourtPaper(lemma) || isPublicInstitution(lemma)) return true;
  if (organizationKindOfHead(t.word) || organizationKindOfHead(t.lemma) || isGroupNoun(t.word.toLowerCase()) || isPersonRole(lemma))
    return true;
  const counted = quantifiedNoun(tree, head); // "a handful of insiders": the insiders
  if (counted !== undefined && canBeSource(tree, counted, lexicon)) return true;
  return tree
    .children(head, /^(nmod:poss|compound|amod)$/)
    .some((m) => /^(PERSON|ORGANIZATION|COUNTRY|NATIONALITY|CITY|STATE_OR_PROVINCE|LOCATION)$/.test(tree.token(m).ner));
}

/** `inner`'s cue lies inside one of `outer`'s content spans. */
export function holdsCue(outer: { content: TextSpan[] }, inner: { cue: { span: TextSpan } }): boolean {
  return outer.content.some((s) => s.start <= inner.cue.span.start && inner.cue.span.end <= s.end);
}

export function spansOverlap(a: TextSpan[], b: TextSpan[]): boolean {
  const len = (s: TextSpan[]) => s.reduce((n, x) => n + x.end - x.start, 0);
  let ov = 0;
  for (const x of a) for (const y of b) ov += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return ov > 0.5 * Math.min(len(a), len(b));
}
