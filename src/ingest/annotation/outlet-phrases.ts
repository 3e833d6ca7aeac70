/**
 * Outlets credited by a phrase on the claim's own verb rather than by a verb of their own, the
 * common forms of news in general:
 *
 * - the listener the speaker told ("telling CNN that …") or the occasion the speaker gave the claim to: "said in an interview with CNN", "In a statement to
 *   the Times, X said", "wrote in an op-ed for the Post", "said on Fox News Sunday", "told reporters
 *   on MSNBC's Morning Joe": an outlet reached from the verb, or from the occasion hung on it, through
 *   "with", "to", "for" or "on", outside the content;
 * - a work the speaker handed to an outlet: "said in a statement obtained by CNN", "…, the senator said,
 *   as quoted by the AP";
 * - an outlet named before by a noun that stands for it: "told the newspaper", "said on the network";
 * - "per" or "via": "The mayor said the bridge would reopen, per the AP." ("…, via Reuters"). The outlet carries
 *   every claim of its sentence that has no outlet yet, wherever the parser hangs the phrase (often inside the
 *   content); a platform after "via" ("via Twitter") is no outlet.
 *
 * An outlet that is itself a claimant is never its own claim's via. A claim that already has one
 * keeps it.
 */
import { closingOccasions } from '../attribution/boundaries/closing-occasions.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { addEntity } from '../entities/added-entities.ts';
import { organizationKind } from '../entities/organization-kinds.ts';
import { isOutlet, lookupKnownName } from '../entities/gazetteer.ts';
import { MASTHEAD_WORD } from '../entities/media-words.ts';
import { isCallSign, stationAfter } from '../entities/stations.ts';
import { outletNamedBefore, type EntityRecord, type EntityRegistry } from '../entities/registry.ts';
import type { NlpDocument, NlpSentence } from '../nlp/types.ts';
import type { TextSpan } from '../text/spans.ts';
import type { DraftClaim } from './draft.ts';
import { interviewerOutlet } from './interviewer-names.ts';
import { namedProgramme } from './named-programmes.ts';
import { newsAgencyNamedBefore } from './news-agency-nouns.ts';
import { objectListener } from './object-listeners.ts';
import { listenerOpeningContent } from './told-listeners-in-content.ts';
import { outletNamedAgain } from './repeated-outlet-names.ts';
import { outletByLastWord } from './outlet-last-words.ts';
import { insideLongerName, withoutDescription, writtenName } from './outlet-name-words.ts';
import { occasionNamedOutlet } from './occasion-named-outlets.ts';
import { objectOccasionListeners, objectOccasions } from './object-occasions.ts';
import { appositiveOutlet } from './appositive-outlets.ts';
import { speakingParticiples } from './verbs.ts';
import { sourceParticiples } from './source-participles.ts';
import { sourcesOwner } from './outlet-sources.ts';
import { interviewGiverListeners, intervieweeHosts } from './given-interviews.ts';
import { speakerOccasions } from './speaker-occasions.ts';
import { invertedSpeakerPlaces } from './inverted-speaker-places.ts';
import { writersPlaces } from './writing-outlets.ts';

/** Relations from the verb to its circumstances (where, to whom, on what), not to what was said. */
const CIRCUMSTANCE = /^(obl|obl:.*|nmod|nmod:.*)$/;
/** How an outlet is introduced as the occasion's listener or stage. */
const OCCASION_CASE = /^(with|to|for|on|in)$/i;
/** How a work handed to an outlet names it: "a statement obtained by CNN", "as quoted by the AP", "records cited by the Tribune", "a statement carried by Al Arabiya", "a post translated by the BBC". */
const PASSED_ON = /^(obtain|see|review|publish|air|broadcast|quote|release|provide|give|send|cite|leak|post|carry|translate)$/i;
/** Participles by which an outlet carries an occasion: "a talk airing late on NBC", "an op-ed published in the Post", "a debate hosted by CNN". */
const CARRIED = /^(air|broadcast|publish|post|print|run|televise|stream|host)$/i;
/** Occasions an outlet may stage, reached by "during" or "at": "during a CNN town hall", "at a debate hosted by Fox News", "during a taping of an MSNBC show". */
const STAGED_OCCASION = /^(interview|hall|meeting|debate|taping|broadcast|appearance|show|program|programme|forum|segment)$/i;
const STAGED_CASE = /^(during|at)$/i;
/** Nouns that stand for the outlet named before them: "told the newspaper", "the network's anchor". */
const OUTLET_NOUN = /^(newspaper|paper|network|broadcaster|station|magazine|website|outlet|channel|daily|tabloid|show|podcast|programme)$/i;
/**
 * What a speaker answers or comments on ("responded to a Post report"), not where the speaker spoke. Not
 * work-listeners.ts's list, which holds "interview" (here where the speaker spoke: "during an interview with
 * CNN" must reach CNN) and not the questions and polls a speaker answers; nor entities/outlet-work-phrases.ts's
 * WORK, word forms that find an outlet's name in an entity's words.
 */
const WORK = /^(report|story|article|piece|column|editorial|investigation|question|poll|survey|allegation|claim|account)$/i;
/** Relations that open a clause of their own: an outlet inside one is not the occasion's. */
const CLAUSE = /^(ccomp|xcomp|parataxis|acl|acl:relcl|advcl|csubj|conj)$/;

/** Credits the drafts' outlets; returns the drafts credited by a "per" phrase alone, which may report an act (outlet-passages.ts). */
export function creditPhrases(doc: NlpDocument, drafts: DraftClaim[], registry: EntityRegistry): DraftClaim[] {
  const outlets = registry.all().filter(isOutlet);
  const perCredited: DraftClaim[] = [];
  for (const sentence of doc.sentences) {
    if (sentence.dependencies.length === 0) continue;
    const inSentence = drafts.filter((d) => d.unit === sentence.tokens[0].start && d.via.length === 0);
    if (!inSentence.length) continue;
    const tree = DependencyTree.of(sentence);
    const outletAt = (i: number, content?: TextSpan) => {
      const token = tree.token(i);
      if (content && token.start >= content.start && token.end <= content.end) return undefined;
      return (
        outlets.find((o) => o.mentions.some((m) => m.start <= token.start && token.end <= m.end)) ??
        outletNamedAgain(tree, i, outlets) ??
        outletByLastWord(tree, i, outlets) ??
        knownOutlet(tree, i, registry) ??
        namedAfterMediaNoun(tree, i, registry) ??
        wordOutlet(tree, i, registry) ??
        namedProgramme(tree, i, registry) ??
        occasionNamedOutlet(tree, i, registry) ??
        appositiveOutlet(tree, i, registry) ??
        newsAgencyNamedBefore(tree, i, registry) ??
        (isOutletNoun(tree, i) ? outletNamedBefore(registry.all().filter(isOutlet), token.start, token.word) : undefined)
      );
    };
    const per = perCredit(sentence, tree);
    for (const d of inSentence) {
      const cue = d.verbSpan ? sentence.tokens.find((t) => t.start === d.verbSpan!.start) : undefined;
      const occasion =
        (cue ? occasionCredit(tree, cue.index, (i) => outletAt(i, d.content)) : undefined) ??
        sourceHandedTo(tree, d, (i) => outletAt(i, d.content)) ??
        (cue
          ? objectOccasionListeners(tree, cue.index)
              .map((i) => outletAt(i))
              .find((o) => o !== undefined)
          : undefined);
      const told = cue && !occasion ? objectListener(tree, cue.index, d.content, (i) => outletAt(i)) : undefined;
      const opening = cue && !occasion && !told ? listenerOpeningContent(tree, cue.index, d.content, (i) => outletAt(i)) : undefined;
      const phrased = occasion ?? told?.outlet ?? opening?.outlet;
      const perOutlet = !phrased && per ? outletAt(per) : undefined;
      const found = phrased ?? perOutlet ?? (cue ? interviewerOutlet(tree, cue.index, registry) : undefined);
      if (!found || d.claimants.includes(found)) continue;
      d.via = [found];
      if (told) d.content = { start: d.content.start, end: Math.min(d.content.end, told.end) };
      else if (opening) d.content = { start: opening.start, end: d.content.end };
      else if (!occasion && per) {
        d.content = withoutPerPhrase(sentence, per, d.content);
        if (found === perOutlet) perCredited.push(d);
      }
    }
  }
  return perCredited;
}

/** A name NER left untagged that the gazetteer knows as an outlet, registered at its mention. */
function knownOutlet(tree: DependencyTree, i: number, registry: EntityRegistry): EntityRecord | undefined {
  const token = tree.token(i);
  // NER often leaves "the AP" untagged, and the tagger may call it a common noun.
  if (!token.pos.startsWith('NN') || !/^\p{Lu}/u.test(token.word) || insideLongerName(tree, i)) return undefined;
  // "60 Minutes": a programme named with a number.
  const words = tree.subtree(i, (edge) => !/^(compound|flat|det|nummod)$/.test(edge.dep));
  const whole = tree.span(words.filter((w) => tree.relation(w) !== 'det' || w === i));
  if (!whole) return undefined;
  const tokens = withoutDescription(tree.sentence.tokens.filter((t) => t.start >= whole.start && t.end <= whole.end));
  const span = { start: tokens[0].start, end: tokens.at(-1)!.end };
  const name = writtenName(tokens);
  // "speaking to KSHB-TV": the tagger splits a call sign at its hyphen, and NER may leave it untagged.
  if (tree.relation(i) !== 'compound' && isCallSign(name)) return registry.add({ name, type: 'Organization', kind: 'MEDIA' }, span);
  const known = lookupKnownName(name);
  if (!known && untaggedMastheadAt(tree, i, span)) return addEntity(registry, name, 'Organization', span);
  if (known?.kind !== 'MEDIA') return undefined;
  // "the local Fox affiliate", "Fox 35": a station, not the network's outlet.
  const after = tree.sentence.tokens.filter((t) => t.start >= span.end).slice(0, 2);
  if (stationAfter(name, after)) return undefined;
  return addEntity(registry, name, 'Organization', span);
}

/**
 * "in a note to the Observer", "told the Sentinel": a definite name of capitalised proper nouns, untagged
 * by NER, that reads as a newspaper's masthead (its last word one of the words outlets are named with).
 * Only where a listener or occasion stands, which is the only place this is asked.
 */
function untaggedMastheadAt(tree: DependencyTree, i: number, span: TextSpan): boolean {
  if (!tree.children(i, 'det').some((d) => /^the$/i.test(tree.token(d).word))) return false;
  const tokens = tree.sentence.tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  if (!tokens.every((t) => /^NNPS?$/.test(t.pos) && /^\p{Lu}/u.test(t.word) && t.ner === 'O')) return false;
  return MASTHEAD_WORD.test(tokens.at(-1)!.word) && organizationKind(tokens.map((t) => t.originalText).join(' ')) === 'MEDIA';
}

/** A publication's or broadcaster's own noun right before its name: "the journal Nature", "the newspaper Le Monde", "television station KXTV", "the radio show Sunrise Sports". */
const NAMING_MEDIA_NOUN =
  /^(journal|magazine|newspaper|tabloid|website|site|daily|station|channel|broadcaster|network|agency|show|podcast|program|programme)$/;

/**
 * "in the journal Nature": the name after the noun is an outlet's, whether or not the gazetteer knows it (NER seldom tags it).
 * With a modifier instead of "the" ("told the Dutch daily Trouw", "told Polish television station TVN",
 * "told Spanish news agency EFE") only a name NER tags as an organization counts, and an agency only
 * as a news or wire agency ("the federal agency FEMA" is no outlet).
 */
function namedAfterMediaNoun(tree: DependencyTree, i: number, registry: EntityRegistry): EntityRecord | undefined {
  const tokens = tree.sentence.tokens;
  const at = tokens.findIndex((t) => t.index === i);
  if (at < 1 || !NAMING_MEDIA_NOUN.test(tokens[at].word)) return undefined;
  // "the radio show Sunrise Sports": "the" may stand before a lowercase word of the noun's own.
  const definite =
    /^the$/i.test(tokens[at - 1].word) ||
    (at > 1 && /^the$/i.test(tokens[at - 2].word) && /^\p{Ll}/u.test(tokens[at - 1].word) && /^(NN|JJ)$/.test(tokens[at - 1].pos));
  if (tokens[at].word === 'agency' && !/^(news|wire)$/i.test(tokens[at - 1].word)) return undefined;
  if (!definite && !/^(JJ|NN|NNP)$/.test(tokens[at - 1].pos)) return undefined;
  const name: typeof tokens = [];
  // After "the" a capitalised word the tagger calls a verb or an adjective is still the name's ("the radio show Harbor Talk").
  const nameTag = definite ? /^(NN|VB|JJ)/ : /^NNPS?$/;
  for (const t of tokens.slice(at + 1)) {
    if (!nameTag.test(t.pos) || !/^\p{Lu}/u.test(t.word)) break;
    name.push(t);
  }
  if (!name.length || (!definite && name.some((t) => t.ner !== 'ORGANIZATION'))) return undefined;
  const span = { start: name[0].start, end: name.at(-1)!.end };
  const written = name.map((t) => t.originalText).join(' ');
  const known = lookupKnownName(written);
  if (known) return known.kind === 'MEDIA' ? addEntity(registry, written, 'Organization', span) : undefined;
  const outlet = registry.add({ name: written, type: 'Organization', kind: 'MEDIA' }, span);
  return outlet.type === 'Organization' ? outlet : undefined;
}

/** Publications named by a common word: an outlet only where a speaker's listener or credit stands ("told People"), capitalised. */
export const WORD_OUTLETS = new Map([
  ['People', 'People magazine'],
  ['Time', 'Time magazine'],
  ['Insider', 'Insider'],
  ['Wired', 'Wired'],
  ['Fortune', 'Fortune'],
  ['Salon', 'Salon'],
  ['Billboard', 'Billboard'],
]);

/** "told People that S", "in an interview with Time": a publication whose name is a common word, never sentence-initial nor a person. */
function wordOutlet(tree: DependencyTree, i: number, registry: EntityRegistry): EntityRecord | undefined {
  const token = tree.token(i);
  const name = WORD_OUTLETS.get(token.word);
  if (!name || token.index === 1 || token.ner === 'PERSON') return undefined;
  if (tree.children(i).some((c) => !/^(punct|case)$/.test(tree.relation(c)))) return undefined;
  return registry.add({ name, type: 'Organization', kind: 'MEDIA' }, { start: token.start, end: token.end });
}

/** How a credit phrase of the sentence opens: "per the AP", "via Reuters". */
const CREDIT_CASE = /^(per|via)$/i;

/** The content without the "per" phrase that closes it ("S, per the AP." → "S"): the credit is the via, not what was said. */
function withoutPerPhrase(sentence: NlpSentence, per: number, content: TextSpan): TextSpan {
  const tokens = sentence.tokens;
  const at = tokens.findIndex((t) => CREDIT_CASE.test(t.word) && t.index < per);
  if (at < 1 || tokens[at].start < content.start || tokens[at].start >= content.end) return content;
  // Only a phrase that closes the content: nothing but the outlet's name and punctuation after it.
  if (tokens.slice(at + 1).some((t) => t.start < content.end && t.index > per && /\w/.test(t.word))) return content;
  let end = at - 1;
  while (end > 0 && /^[,;—–-]$/.test(tokens[end].word)) end--;
  return tokens[end].end > content.start ? { start: content.start, end: tokens[end].end } : content;
}

/** "…, per the AP", "…, via Reuters": the head of a "per" or "via" phrase of the sentence. */
function perCredit(sentence: NlpSentence, tree: DependencyTree): number | undefined {
  const per = sentence.tokens.find((t) => CREDIT_CASE.test(t.word) && tree.relation(t.index) === 'case');
  return per ? tree.head(per.index) : undefined;
}

/**
 * An outlet among the verb's circumstances introduced by with/to/for/on, or among those of an
 * occasion hung on the verb ("in an interview with CNN"); the outlet may own the programme or the
 * host named there ("on CNN's State of the Union", "with Fox News host Sean Hannity").
 */
function occasionCredit(tree: DependencyTree, cue: number, outletAt: (i: number) => EntityRecord | undefined): EntityRecord | undefined {
  const listeners: number[] = [];
  for (const verb of [cue, ...governingVerbs(tree, cue)])
    for (const child of [
      ...tree.children(verb, CIRCUMSTANCE),
      ...objectOccasions(tree, verb),
      ...(verb === cue ? closingOccasions(tree, cue) : []),
    ]) {
      if (introducedBy(tree, child, OCCASION_CASE) || stagedOccasion(tree, child)) listeners.push(child);
      else listeners.push(...tree.children(child, CIRCUMSTANCE).filter((n) => introducedBy(tree, n, OCCASION_CASE)));
      listeners.push(...passedOnTo(tree, child));
    }
  listeners.push(...passedOnTo(tree, cue));
  // "Writing for CNN, X says", "Appearing on Fox News, X said": the occasion hung on a participle of speaking.
  for (const way of speakingParticiples(tree, cue))
    listeners.push(...tree.children(way, CIRCUMSTANCE).filter((n) => introducedBy(tree, n, OCCASION_CASE)));
  listeners.push(...writersPlaces(tree, cue));
  // "telling CNN that ...": the listener of a telling is its object (after a quotation, "… ,” a farmer
  // tells CNN." the parser may hang the name as an xcomp; "told USA Today" reads as a time, obl:tmod).
  if (tree.token(cue).lemma === 'tell')
    listeners.push(...tree.children(cue, /^(obj|iobj|xcomp|obl:tmod)$/).filter((n) => tree.token(n).pos.startsWith('NN')));
  for (const listener of listeners) {
    // "wrote in a Globe column": the work the claim appeared in is carried by its outlet; "responded to a Post report" is not.
    if (WORK.test(tree.token(listener).lemma) && !introducedBy(tree, listener, /^in$/i)) continue;
    const stops = (edge: { dep: string; to: number }) =>
      (CLAUSE.test(edge.dep) && !carriedBy(tree, edge.to, edge.dep)) || WORK.test(tree.token(edge.to).lemma);
    for (const n of tree.subtree(listener, stops)) {
      const outlet = outletAt(n);
      if (outlet) return outlet;
    }
  }
  return undefined;
}

/**
 * The verbs the cue's clause hangs from, whose occasion is the claim's too: "In an interview with CNN, the
 * coach continued to insist S" (an xcomp), "Appearing on Fox News, she attacked the bill, saying S" (a
 * participle); two steps up at most.
 */
function governingVerbs(tree: DependencyTree, cue: number): number[] {
  const out: number[] = [];
  for (let n = cue; out.length < 2;) {
    const relation = tree.relation(n);
    const up = tree.head(n);
    const hangs = relation === 'xcomp' || (/^(advcl|dep)$/.test(relation) && tree.token(n).pos === 'VBG');
    if (!up || !hangs || !tree.token(up).pos.startsWith('VB')) break;
    out.push(up);
    n = up;
  }
  return out;
}

/**
 * "Court records cited by the Tribune show S", "a memo seen by Reuters says S": the outlet the claimant, a work, was handed to;
 * "officials who spoke with CNN said S": the outlet the claimant spoke to; "X, in an interview with CNN, said S":
 * the outlet of the occasion set off on the claimant; "CNN's sources say S": the outlet that has the sources;
 * "according to an interview his brother gave to ITV": the outlet the claimant gave the interview to;
 * "according to a CNN interview with X": the outlet that held the claimant's interview.
 */
function sourceHandedTo(tree: DependencyTree, d: DraftClaim, outletAt: (i: number) => EntityRecord | undefined): EntityRecord | undefined {
  // A source resolved to an earlier name keeps no mention of its own here: "The memo, seen by Reuters, says S" after "an internal memo".
  const mentions = [...d.claimants.flatMap((c) => c.mentions), ...(d.sourceMentions ?? [])];
  const inSource = (t: { start: number; end: number }) => mentions.some((m) => m.start <= t.start && t.end <= m.end);
  for (const token of tree.sentence.tokens.filter(inSource))
    for (const by of [
      ...passedOnTo(tree, token.index),
      ...spokeTo(tree, token.index),
      ...sourceParticiples(tree, token.index),
      ...speakerOccasions(tree, token.index),
      ...invertedSpeakerPlaces(tree, token.index),
      ...sourcesOwner(tree, token.index),
      ...interviewGiverListeners(tree, token.index),
      ...intervieweeHosts(tree, token.index),
    ])
      for (const n of tree.subtree(by)) {
        const outlet = outletAt(n);
        if (outlet) return outlet;
      }
  return undefined;
}

/** "during the recording of a Fox town hall": an occasion an outlet may stage, or such an occasion "of" one. */
function stagedOccasion(tree: DependencyTree, node: number): boolean {
  if (!introducedBy(tree, node, STAGED_CASE)) return false;
  const staged = (n: number) => STAGED_OCCASION.test(tree.token(n).lemma);
  return staged(node) || tree.children(node, /^nmod/).some((n) => staged(n) && introducedBy(tree, n, /^of$/i));
}

/** A participle on the occasion by which an outlet carried it ("an interview airing on NBC"), not a clause of its own. */
function carriedBy(tree: DependencyTree, node: number, relation: string): boolean {
  return relation === 'acl' && /^(VBN|VBG)$/.test(tree.token(node).pos) && CARRIED.test(tree.token(node).lemma);
}

function introducedBy(tree: DependencyTree, node: number, preposition: RegExp): boolean {
  return tree.children(node, 'case').some((k) => preposition.test(tree.token(k).word));
}

/** The outlet a work was handed to: "(a statement) obtained by CNN", "(said,) as quoted by the AP". */
function passedOnTo(tree: DependencyTree, node: number): number[] {
  return tree
    .children(node, /^(acl|advcl)$/)
    .filter((v) => PASSED_ON.test(tree.token(v).lemma))
    .flatMap((v) => tree.children(v, /^obl/).filter((o) => introducedBy(tree, o, /^by$/i)));
}

/** The outlet the source itself spoke to, in a clause on it: "officials who spoke with CNN", "a source who told the Post". */
function spokeTo(tree: DependencyTree, node: number): number[] {
  return tree.children(node, /^acl/).flatMap((v) => {
    const lemma = tree.token(v).lemma;
    if (lemma === 'tell') return tree.children(v, /^(obj|iobj)$/);
    return /^(speak|talk)$/.test(lemma) ? tree.children(v, /^obl/).filter((o) => introducedBy(tree, o, /^(to|with)$/i)) : [];
  });
}

/** Nouns of a programme, which stand for one only bare or as a broadcast's ("the radio show", not "the auto show"). */
const PROGRAMME_NOUN = /^(show|podcast|programme)$/i;
const PROGRAMME_MODIFIER = /^(radio|television|TV|talk|news|morning|evening|weekly|daily)$/i;

/** "the newspaper", "the network", "the show": a definite noun that stands for an outlet. */
export function isOutletNoun(tree: DependencyTree, i: number): boolean {
  const word = tree.token(i).word;
  if (!OUTLET_NOUN.test(word) || !tree.children(i, 'det').some((d) => /^the$/i.test(tree.token(d).word))) return false;
  return !PROGRAMME_NOUN.test(word) || tree.children(i, /^(compound|amod)$/).every((m) => PROGRAMME_MODIFIER.test(tree.token(m).word));
}
