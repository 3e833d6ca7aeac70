/**
 * The attribution stage: parsed text in, attributions out, each with its content spans, its cue,
 * its resolved claimants and the outlets that carried it.
 * - Candidates come scored from find.ts; sources are named in text order (sources.ts), so that a
 *   speaker becomes the antecedent of a later "he" or "the ministry".
 * - An outlet whose report contains other attributions only carries them ("..., Reuters reports";
 *   "according to the New York Times"; "told the Guardian"): it becomes their `via`, never their
 *   claimant. An outlet reporting something no one else is credited with is the claimant itself.
 * - Of two attributions of the same words, the likelier stays; a likely one nested in the other's
 *   content stands beside it, unless its speaker stands there too and is another's: "Ortiz said
 *   the clerk told her S" is Ortiz's account (embedded-speakers.ts).
 * - A quotation with no cue of its own continues the paragraph's previous speaker.
 * Attributions whose source cannot be named are dropped: a wrong speaker is worse than none; those
 * no one is said to make ("X is expected to S", "Asked if S, X said") are kept with no claimant (unattributed.ts).
 */
import type { NlpDocument } from '../nlp/types.ts';
import { absorbIntoAccording } from './credits/according-reports.ts';
import { handlingOutlet } from './credits/handled-paper-credits.ts';
import { afterConjoinedCredit } from './credits/credit-before-conjunction.ts';
import { withoutCreditWordContents } from './filters/credit-word-contents.ts';
import { beforeDash, closingCredits, closingTails, joinedAfter, joinedClauses } from './credits/credits.ts';
import { citedSpeakers } from './credits/cited-speakers.ts';
import { holdsCue, proposedCandidates, scoredCandidates, spansOverlap, type FoundAttribution, type TextSpan } from './find.ts';
import { CUE_LEXICON } from './model/lexicon.ts';
import { findQuotes } from './quotes/quotes.ts';
import { closedQuotes } from './quotes/closed-quotes.ts';
import { continuedQuotes } from './quotes/continued-quotes.ts';
import { mediumClauses } from './credits/medium-clauses.ts';
import { toldClauses } from './boundaries/told-clauses.ts';
import { unattributedCandidates } from './filters/unattributed.ts';
import { withoutSwallowers } from './filters/swallowed-speakers.ts';
import { isClosingFinding, withoutFoundReadings } from './filters/closing-findings.ts';
import { quotationAfterObject } from './filters/quoted-readings.ts';
import { withoutEmbeddedSpeakers } from './filters/embedded-speakers.ts';
import { ownRelativeClause } from './filters/relative-speakers.ts';
import { ownSubjectClause } from './filters/own-subject-clauses.ts';
import { withoutControllingReadings } from './filters/controlling-verbs.ts';
import { withoutNounCueObjects } from './filters/noun-cue-objects.ts';
import { withoutQuotedSayings } from './filters/quoted-sayings.ts';
import { returnedReadings } from './filters/returned-readings.ts';
import { cutTrailingClauses } from './boundaries/trailing-clauses.ts';
import { cutAccordingBeforeInnerSpeakers } from './boundaries/according-inner-speakers.ts';
import { widenToAppositiveNouns } from './boundaries/appositive-relatives.ts';
import { cutBeforeOwnParticiples } from './boundaries/participle-readings.ts';
import { splitJoinedSpeechVerbs } from './boundaries/joined-speech-verbs.ts';
import { cutAtSemicolons } from './boundaries/semicolon-ends.ts';
import { cutAtLineBreaks } from './boundaries/paragraph-ends.ts';
import { cutAtClosingQuotes } from './boundaries/closing-quote-ends.ts';
import { widenToSplitQuotations } from './boundaries/split-quotation-credits.ts';
import { cutCueTimeClauses } from './boundaries/cue-time-clauses.ts';
import { cutClosingOccasions } from './boundaries/closing-occasions.ts';
import { cutObjectRelatives } from './boundaries/object-relatives.ts';
import { widenToSecondComplements } from './boundaries/second-complements.ts';
import { resolveQuotedPronouns } from './credits/quoted-pronouns.ts';
import { SourceResolver, type ResolvedSource } from './sources/sources.ts';
import type { Attribution, AttributeOptions } from './attribution.ts';
import { carries, endingBy } from './credits/carried-reports.ts';
import { describesOtherSpeaker } from './credits/speaker-relatives.ts';
import { withoutReportedActs } from './credits/reported-acts.ts';
import { closesWithPronounQualifiedSpeaker } from './credits/familiar-speakers.ts';
import { namesOwnSpeaker } from './credits/speaker-naming-credits.ts';
import { toldOutlets } from './credits/told-outlets.ts';
import { cutBeforeLaterSpeaker } from './boundaries/later-speaker-clauses.ts';
import { respondentsPoll } from './sources/poll-respondents.ts';
import { namedMembers } from './sources/speaker-asides.ts';
import { withCopularPredicate } from './sources/copular-predicates.ts';
import { isPredicatePhrase } from './sources/predicate-phrases.ts';
import { DependencyTree } from './tree.ts';
import { withoutDoubtedClaims } from './filters/claim-check.ts';
import { withoutNoClaimCues } from './filters/no-claim-cues.ts';
import { isPollReading, POLL_READING_FLOOR } from './filters/poll-readings.ts';
import { isPeopleFinding, PEOPLE_FINDING_FLOOR } from './filters/people-findings.ts';
import { joinedInName } from './sources/and-in-names.ts';
import { describedConjunct } from './sources/run-in-names.ts';

export type { FoundAttribution, TextSpan } from './find.ts';
export type { ResolvedSource, SourceType } from './sources/sources.ts';
export type { Attribution, AttributeOptions } from './attribution.ts';

/** A nested attribution must be at least this likely to stand beside the one it sits in. */
const NESTED_MIN = 0.8;
/** Inside an outlet's report ("S, CNN reports") a candidate this likely is kept although below the threshold. */
const CARRIED_FLOOR_SHARE = 0.4;
const CARRIER_CUES = new Set(['report', 'accord', 'per', 'tell', 'say', 'write', 'note', 'cite', 'learn', 'add']);

export function attribute(text: string, doc: NlpDocument, options: AttributeOptions = {}): Attribution[] {
  const lexicon = options.lexicon ?? CUE_LEXICON;
  const isOutlet = options.isOutlet ?? (() => false);
  const isOffice = options.isReadoutOffice ?? (() => false);
  const inside = (s: TextSpan) => !options.within || options.within.some((w) => w.start <= s.start && s.end <= w.end);
  const resolver = new SourceResolver(text, doc, lexicon.firstNames, options.pronouns);
  const proposed = proposedCandidates(doc);
  const all = scoredCandidates(text, doc, lexicon, lexicon.threshold * CARRIED_FLOOR_SHARE, proposed);
  const sameCue = (x: FoundAttribution, y: FoundAttribution) => x.sentence === y.sentence && x.cue.token === y.cue.token;
  // An outlet's closing credit outranks a reading of the same verb with another source ("while moving tanks toward the
  // fence, the Wall Street Journal reports": the parser's subject is "tanks"), with nobody (", reports the AP": "AP" read
  // as the verb's object) or with less of the sentence ("resigned amid a probe, the Columbus Dispatch reports": the
  // parser hung "reports" on "probe"); not one that reads past dashes the credit stops at ("X noted that S – what she
  // calls Y – is S2, reported the Examiner").
  const closing = closingCredits(doc);
  // An office's readout closes a sentence the same way ("Putin stressed that S, the Kremlin said").
  const credited = (s: ResolvedSource) => isOutlet(s) || isOffice(s);
  const outletCredits = closing.filter((c) => {
    const source = resolver.resolve(c);
    return source !== undefined && credited(source);
  });
  // A credit before a dash ("S, notes CNN—one official said S2"): its claim ends at the comma before it.
  const dashCredit = (c: FoundAttribution) => c.closingCredit === true && beforeDash(doc, c);
  const outranks = (k: FoundAttribution, c: FoundAttribution) =>
    k.source !== c.source || dashCredit(k) || contentLength(c) < contentLength(k) || !resolver.resolve(c);
  // A poll's "in" reading and a closing finding by people stand at a lower bar than the model's threshold
  // (poll-readings.ts, people-findings.ts).
  // A people noun only a report makes a source of stands at no bar of its own (reported-people-beliefs.ts).
  const bar = (c: FoundAttribution) => {
    if (c.reportedOnly) return Infinity;
    const tree = DependencyTree.of(doc.sentences[c.sentence]);
    if (isPollReading(tree, c)) return Math.min(lexicon.threshold, POLL_READING_FLOOR);
    return isPeopleFinding(tree, c) ? Math.min(lexicon.threshold, PEOPLE_FINDING_FLOOR) : lexicon.threshold;
  };
  // "S, a person close to her told the AP": the closing words name the speaker the parser missed (familiar-speakers.ts).
  const knownOnes = closingTails(doc).filter((t) => closesWithPronounQualifiedSpeaker(doc, t));
  const scored = withoutCreditWordContents(
    all.filter(
      (c) => c.confidence >= bar(c) && !outletCredits.some((k) => sameCue(k, c) && outranks(k, c)) && !knownOnes.some((k) => sameCue(k, c)),
    ),
    outletCredits,
  );
  const credits = closing.filter((c) => !scored.some((s) => sameCue(s, c)));
  // A speaker's closing or joined clause, a telling, or information given in a named medium, the trees read no better
  // ("S, Malaysian police revealed Friday."; "S—and police suspect S2"; "X told Reuters S"; "In a statement, X provided details of S").
  const tails = [...closingTails(doc), ...joinedClauses(doc), ...toldClauses(doc), ...mediumClauses(doc)].filter(
    (t) => ![...scored, ...credits].some((c) => sameCue(c, t)),
  );
  // A speaker's "added" is no report; an outlet's "…, the paper adds" carries what it closes.
  const reports = [...scored, ...credits, ...tails].filter(
    (c) => CARRIER_CUES.has(c.cue.lemma) && (c.cue.lemma !== 'add' || isOutletReading(c, resolver, isOutlet)),
  );
  const carried = all.filter((c) => c.confidence < bar(c) && reports.some((r) => r !== c && holdsCue(r, c)));
  const candidates: FoundAttribution[] = [...scored, ...credits, ...tails, ...carried].filter((c) => inside(c.cue.span));
  // "Mayor Says S\nThe mayor said S2": a content stays in its cue's paragraph (paragraph-ends.ts).
  cutAtLineBreaks(text, candidates);
  // "''S,'' Ms. Vance said, explaining S2": a content ends at the quotation it closes before its cue (closing-quote-ends.ts).
  candidates.push(...cutAtClosingQuotes(text, doc, candidates));
  widenToSplitQuotations(text, doc, findQuotes(text), candidates); // '"Why?" Todd asked the mogul' (split-quotation-credits.ts)

  // Name the sources in text order, so earlier speakers are antecedents of later pronouns.
  const named: Attribution[] = [];
  const weak = new Set<Attribution>();
  for (const c of [...candidates].sort((x, y) => x.cue.span.start - y.cue.span.start)) {
    // "X told investors S, according to a transcript obtained by Bloomberg": the outlet carries X's claim (handled-paper-credits.ts).
    const resolved = handlingOutlet(doc, c, candidates, (t) => resolver.resolve(c, t), isOutlet) ?? resolver.resolve(c);
    if (!resolved || (c.closingCredit && !credited(resolved))) continue;
    const claimant = withCopularPredicate(resolved, doc, text, c);
    if (isPredicatePhrase(claimant)) continue;
    const also = [
      ...resolver.companions(claimant),
      ...[...conjoinedSources(doc, c), ...respondentsPoll(doc, c)].map((t) => resolver.resolve(c, t)),
      ...includedMembers(doc, c)
        .map((t) => resolver.resolve(c, t))
        .filter((s) => s?.type === 'PERSON' || s?.type === 'ORGANIZATION'),
    ].filter((s): s is ResolvedSource => s !== undefined);
    named.push({ ...c, claimants: [claimant, ...also], via: toldOutlets(doc, c, resolver, isOutlet) });
    if (carried.includes(c)) weak.add(named.at(-1)!);
    // An outlet's credit is not who "it" or "the ministry" in the next sentence stands for.
    const credit = isOutlet(claimant) && CARRIER_CUES.has(c.cue.lemma);
    if (!credit) resolver.spoke(claimant, c.sentence);
  }
  const isCarrier = (a: Attribution) => a.claimants.length === 1 && isOutlet(a.claimants[0]) && CARRIER_CUES.has(a.cue.lemma);
  const isReadout = (a: Attribution) => a.claimants.length === 1 && isOffice(a.claimants[0]) && CARRIER_CUES.has(a.cue.lemma);
  /** An outlet's or an office's report: it carries what it reports rather than claiming it. */
  const isReport = (a: Attribution) => isCarrier(a) || isReadout(a);
  const isPerson = (s: ResolvedSource) => s.type === 'PERSON';
  // "praised X, thanking Y for S": two readings of one speaker, not one swallowing the other (participle-readings.ts).
  cutBeforeOwnParticiples(text, named);
  // Below the threshold, only an outlet's or an office's report carries a candidate ("S, CNN reports"), not anyone's "said".
  const standing = named.filter(
    (a) => !weak.has(a) || (named.some((r) => r !== a && isReport(r) && holdsCue(r, a)) && !describesOtherSpeaker(doc, a, named)),
  );
  // "X praised S1, and S2, according to Y": Y's report is the last clause, X's praise stands (according-inner-speakers.ts).
  cutAccordingBeforeInnerSpeakers(doc, standing, NESTED_MIN);

  // The likeliest of overlapping attributions, unless one is nested in the other's content.
  let kept: Attribution[] = [];
  const pushedOut = new Map<Attribution, Attribution[]>();
  const recordPushedOut = (by: Attribution, readings: Attribution[]) => pushedOut.set(by, [...(pushedOut.get(by) ?? []), ...readings]);
  for (const reading of [...standing].sort((x, y) => y.confidence - x.confidence)) {
    // One reading per cue, but for a quotation beside the verb's object ('defended X, saying: "S"').
    const sameCue = kept.find((k) => k.cue.span.start === reading.cue.span.start);
    const a = sameCue ? quotationAfterObject(text, sameCue, reading) : reading;
    // "echoed the remarks, saying S": the cue's other reading comes back if the one kept swallowed "saying" (returned-readings.ts).
    if (!a) {
      if (sameCue) recordPushedOut(sameCue, [reading]);
      continue;
    }
    // "X criticized the budget, which Y called S2": Y's own relative clause stands beside (relative-speakers.ts).
    const standsBeside = (outer: Attribution, inner: Attribution) =>
      holdsCue(outer, inner) &&
      (inner.confidence >= NESTED_MIN ||
        isCarrier(outer) ||
        isCarrier(inner) ||
        (isReadout(outer) && inner.claimants.every(isPerson)) ||
        ownRelativeClause(doc, outer, inner) ||
        ownSubjectClause(doc, outer, inner));
    const conflicts = kept.filter((k) => spansOverlap(k.content, a.content) && !standsBeside(k, a) && !standsBeside(a, k));
    // A weak attribution nested in this one's content ("police suspect [the women put it on his face]") gives way to it.
    // What a reading loses to, it may get back if that one gives way later (returned-readings.ts).
    const blockers = conflicts.filter((k) => !holdsCue(a, k));
    if (blockers.length) {
      for (const k of blockers) recordPushedOut(k, [a]);
      continue;
    }
    for (const k of conflicts) kept.splice(kept.indexOf(k), 1);
    if (conflicts.length) recordPushedOut(a, conflicts);
    kept.push(a);
  }
  kept = absorbIntoAccording(text, kept, isReport);
  kept = returnedReadings(
    kept,
    withoutSwallowers(kept, (a) => isReport(a) || isClosingFinding(doc, a) || closesWithPronounQualifiedSpeaker(doc, a)),
    pushedOut,
  );
  kept.sort((x, y) => x.content[0].start - y.content[0].start);
  for (const outer of kept) if (!isCarrier(outer)) cutBeforeLaterSpeaker(text, outer, kept, dashCredit);
  // "voted to cut X as Congress weighed Y": a clause of time hung on the cue is no content (cue-time-clauses.ts).
  cutCueTimeClauses(text, doc, kept);
  // "said S, in remarks at the harbor on Tuesday": the closing occasion is the saying's (closing-occasions.ts).
  cutClosingOccasions(text, doc, kept);
  kept = withoutEmbeddedSpeakers(kept, isReport);
  kept = withoutFoundReadings(doc, kept);
  // "declined to comment on S": the inner cue's reading is the attribution (controlling-verbs.ts).
  kept = withoutControllingReadings(text, kept);
  // "expressed concern that S": the noun cue's reading is the attribution (noun-cue-objects.ts).
  kept = withoutNounCueObjects(doc, kept);
  // "quoted X as saying S": the saying is carried in the quoting (quoted-sayings.ts).
  kept = withoutQuotedSayings(doc, kept);
  // "S, which the governor opposes": a clause with another candidate's cue is not the speaker's (trailing-clauses.ts).
  cutTrailingClauses(text, doc, kept, scored);
  // "S, a charge that officials denied": the clause's own reading takes in the noun (appositive-relatives.ts).
  widenToAppositiveNouns(doc, kept);
  // "admired the bishop, who preaches S": a relative clause after the cue's object is no content (object-relatives.ts).
  cutObjectRelatives(text, doc, kept);
  // "X said S and accused Y of S2": the speaker's second verb of saying, hung inside the content, reads on its own.
  kept = splitJoinedSpeechVerbs(text, doc, kept, standing);
  // "Lee backs X; Park wants Y": a content ends at a semicolon outside a quotation (semicolon-ends.ts).
  cutAtSemicolons(text, kept);
  // "blamed the mayor for S", "called it S": an object's reading takes in the complement after it (second-complements.ts).
  widenToSecondComplements(text, doc, kept);

  // Outlets carrying other attributions, and offices' readouts of what people said, become their via.
  kept = citedSpeakers(text, doc, kept, (a, token) => resolver.resolve(a, token), isOutlet);
  resolveQuotedPronouns(doc, kept, (a, token) => resolver.resolve(a, token));
  // "The council approved the budget, the AP reports": the outlet reports an act, no one's words (reported-acts.ts);
  // so does a credit naming its own speaker ("…, a person close to her told the AP": speaker-naming-credits.ts).
  kept = withoutReportedActs(doc, kept, (a) => isCarrier(a) || namesOwnSpeaker(doc, a, isOutlet));
  const carriers = kept.filter(isReport);
  // "X reports that S1—and police suspect S2": S1 stays the outlet's own claim.
  const ownPart = new Map<Attribution, number>();
  for (const a of carriers) {
    const joined = kept.filter((b) => b !== a && carries(a, b, isOutlet, isOffice, doc)).map((b) => joinedAfter(text, a, b));
    const at = joined.find((j): j is number => j !== undefined);
    if (at !== undefined) ownPart.set(a, at);
  }
  const result = kept.filter(
    (a) => !carriers.includes(a) || dashCredit(a) || ownPart.has(a) || !kept.some((b) => b !== a && carries(a, b, isOutlet, isOffice, doc)),
  );
  for (const carrier of carriers) {
    for (const b of result) {
      if (b === carrier || !carries(carrier, b, isOutlet, isOffice, doc) || b.via.length) continue;
      if (afterConjoinedCredit(text, carrier, b)) continue;
      b.via = [carrier.claimants[0]];
      b.credit = carrier.cue.span.start > b.content.at(-1)!.end ? 'closing' : 'inline';
      // "…in Ecuador, Smithsonian Magazine reports": the parser can take the credit's outlet into the claim (an apposition).
      if (carrier.closingCredit && b.credit === 'closing') b.content = endingBy(b.content, carrier.content.at(-1)!.end);
    }
  }
  for (const [carrier, end] of ownPart) carrier.content = endingBy(carrier.content, end);
  const quotes = findQuotes(text);
  const closed = closedQuotes(text, doc, quotes, result, inside).flatMap((c) => {
    const claimant = resolver.resolve(c);
    return claimant ? [{ ...c, claimants: [claimant], via: [] }] : [];
  });
  const found = [...result, ...closed, ...continuedQuotes(text, doc, quotes, result, inside)];
  const unattributed = unattributedCandidates(text, doc, lexicon, proposed, found, inside).map((a) => ({ ...a, claimants: [], via: [] }));
  const sorted = [...found, ...unattributed].sort((x, y) => x.content[0].start - y.content[0].start);
  // "addressed a packed rally", "God bless X", "time will tell": cues that tell no claim (no-claim-cues.ts).
  return withoutNoClaimCues(doc, withoutDoubtedClaims(text, doc, sorted, options.claims));
}

function isOutletReading(c: FoundAttribution, resolver: SourceResolver, isOutlet: (s: ResolvedSource) => boolean): boolean {
  const source = resolver.resolve(c);
  return source !== undefined && isOutlet(source);
}

/** "Golub and military experts believe": the source's conjuncts are claimants too; not "chef and owner Daniel Okafor", one person. */
function conjoinedSources(doc: NlpDocument, c: FoundAttribution): number[] {
  const tree = DependencyTree.of(doc.sentences[c.sentence]);
  const onePerson = describedConjunct(tree, c.source);
  return tree
    .children(c.source, 'conj')
    .filter((t) => t !== onePerson)
    .filter((t) => /^(NN|NNS|NNP|NNPS|PRP)$/.test(tree.token(t).pos) && !joinedInName(tree, c.source, t));
}

/** "Critics, including economist Li Mei, argue": the people and bodies the source names as its members speak with it. */
function includedMembers(doc: NlpDocument, c: FoundAttribution): number[] {
  return namedMembers(DependencyTree.of(doc.sentences[c.sentence]), c.source);
}

function contentLength(a: FoundAttribution): number {
  return a.content.reduce((n, s) => n + s.end - s.start, 0);
}
