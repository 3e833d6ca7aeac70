/**
 * Candidate attributions read off the dependency tree. Each candidate is a cue word, the frame
 * that links it to its content (its clausal complement, the clause it interrupts, an "according to"
 * phrase, ...), the content's tokens and the source's head token. Which (cue lemma, frame) pairs
 * really attribute is learned from PolNeAR train (see lexicon.ts); this file only proposes.
 */
import type { NlpSentence } from '../../nlp/types.ts';
import { DependencyTree, isPunct, isVerb, tokenRange } from '../tree.ts';
import { datelineLength } from '../credits/dateline.ts';
import { closingSpeaker } from './closing-speakers.ts';
import { appositiveCreditSpeaker } from './appositive-credits.ts';
import { quotedSpeakerBeforeClause } from './quoted-inverted-speakers.ts';
import { openingSaid } from './opening-said.ts';
import { parentheticalSpeaker } from './parenthetical-speakers.ts';
import { colonSource } from './colon-sources.ts';
import { headlineVerb } from './headline-verbs.ts';
import { clauseAfterDiscourseParticiple, clauseAfterSubjectParticiple, speakerBeforeCommaParticiple } from './comma-participles.ts';
import { nameBesideBareSubject, strandedSubject } from './stranded-subjects.ts';
import { lightVerbSubject } from './light-verbs.ts';
import { looseGerund } from './loose-gerunds.ts';
import { markedParticiple } from './marked-participles.ts';
import { participleAgent } from './participle-agents.ts';
import { withoutStrandedAgent } from './stranded-agents.ts';
import { speakerAfterQuotation } from './passive-quote-speakers.ts';
import { opensSentence, speakerAfterOpeningCue } from './opening-cues.ts';
import { endsWithColon, isAnswerQuotation, onlySpeaker, quoteTokens } from '../quotes/quote-tokens.ts';
import { SPEECH_VERBS } from '../model/speech-verbs.ts';
import { clauseRaisedOverCue } from './subordinate-cues.ts';
import { stanceHolder } from './stance-holders.ts';
import { stanceNounSubject } from './stance-nouns.ts';
import { invertedSubject, isNameOrDescription, subjectOf } from './cue-subjects.ts';
import { nameBeforeInterruption } from './interrupted-subjects.ts';
import { frontedGerundSpeaker } from './fronted-gerunds.ts';
import { reportedPredicateClause } from './subject-clause-cues.ts';
import { opensWithWhy } from './wh-clauses.ts';
import { withOpeningQuotations } from './opening-quotations.ts';
import { experiencerSubject } from './experiencer-subjects.ts';
import { frontedHolder } from './fronted-holders.ts';
import { viewPhrase } from './view-phrases.ts';
import { auxiliaryCue } from './auxiliary-cues.ts';
import { handledPaperCue } from './handled-paper-cues.ts';
import { cueReadAsSubject } from './subject-read-cues.ts';
import { adverbialNounSubject } from './adverbial-nouns.ts';
import { oneWordAnswer } from './one-word-answers.ts';
import { pluralNounVerb } from './plural-noun-verbs.ts';
import { compoundVerb } from './compound-verbs.ts';
import { loneIndirectObject } from './lone-indirect-objects.ts';
import { gerundUnderComplement } from './gerunds-under-complements.ts';
import { clausesAfterListener } from './listener-clauses.ts';
import { interruptedClause } from './interrupting-roots.ts';
import { clauseBeforeSecondSubject } from './doubled-subjects.ts';
import { openingScene, withoutOpeningScene } from './opening-scenes.ts';
import { preposedObjects, prepositionalClauses } from './prepositional-complements.ts';
import type { Candidate, Frame } from './candidate.ts';
import { ownComplements } from './fronted-complements.ts';
import { relativeComplements } from './relative-complements.ts';
import { complementsUnderOccasion } from './occasion-complements.ts';
import { clausesHungOnListener } from './listener-hung-clauses.ts';
import { perceivedSpeaker } from './perceived-speakers.ts';
import { platformTaker } from './platform-takers.ts';
import { agentlessQuotedSaying } from './quoted-as-saying.ts';
import { contentTokens, markedBy, NOUN_CUE_CASES, OBL_CUE_CASES } from './frame-proposal.ts';
import { accordingProposals } from './according-proposals.ts';
import { gerundAdjectiveProposals } from './gerund-adjective-proposals.ts';
import { predicateAdjectiveProposals } from './predicate-adjective-proposals.ts';
import { nounCueProposals } from './noun-cue-proposals.ts';
import { clauseHostProposals } from './clause-host-proposals.ts';
import { cueReadAsRelative, nameAfterRelativeClause } from './relative-clause-cues.ts';
import { setOffRelativeSubject } from './set-off-relative-subjects.ts';
import { frontedAnswer } from './fronted-answers.ts';
import { clausesOnTimeObjects, isTimeObject } from './time-object-clauses.ts';

export type { Candidate, Frame } from './candidate.ts';

const SUBJECT = /^(nsubj|nsubj:pass|csubj)$/;
/** Cues whose object is who is spoken to. */
const LISTENER_CUES = new Set(['tell']);
/** Frames whose content may be one word ("banned waterboarding", "criticism of Trump"). */
const ONE_WORD_FRAMES = new Set<Frame>(['obj', 'noun-of', 'obl', 'passive']);

export function candidates(sentence: NlpSentence): Candidate[] {
  const tree = DependencyTree.of(sentence);
  const out: Candidate[] = [];
  /** Adds the candidate unless its content is too short; says whether it did. */
  const firstWord = datelineLength(sentence.tokens) + 1;
  const scene = openingScene(tree, firstWord); // "Asked if S, X said": what X was asked is not what X says
  const push = (cue: number, frame: Frame, whole: number[], source: number | undefined): boolean => {
    // "DES MOINES — S": the dateline the parser hung on the clause is where the story was filed, not what is reported.
    const dated = withoutStrandedAgent(tree, cue, source, whole).filter((t) => t >= firstWord);
    const content = withoutOpeningScene(tree, scene, cue, source, dated);
    const words = content.filter((t) => !isPunct(tree.token(t)));
    const oneWord = ONE_WORD_FRAMES.has(frame) || (frame === 'quote' && isAnswerQuotation(tree, cue, content[0]));
    if (words.length < (oneWord ? 1 : 2)) return false;
    out.push({ sentence: sentence.index, cue, lemma: tree.token(cue).lemma.toLowerCase(), frame, content, source });
    return true;
  };
  for (let v = 1; v <= tree.size; v++) {
    const token = tree.token(v);
    if (accordingProposals(tree, v, firstWord, push)) continue;
    gerundAdjectiveProposals(tree, v, firstWord, push);
    const underComplement = gerundUnderComplement(tree, v, subjectOf); // "ended the feud by saying he would back X"
    if (underComplement) push(v, 'ccomp', underComplement.content, underComplement.source);
    const quotedPassive = agentlessQuotedSaying(tree, v); // "Ruiz was quoted as saying S": Ruiz's saying
    if (quotedPassive) push(quotedPassive.saying, 'ccomp', quotedPassive.content, quotedPassive.source);
    const view = viewPhrase(tree, v); // "In the senator's view, S"
    if (view) push(tree.children(v, 'case')[0], 'according', view.content, view.source);
    const aside = parentheticalSpeaker(tree, v, firstWord); // "The risk, said Ruiz, a lawyer, is S": Ruiz, not the risk
    if (aside) {
      push(v, 'ccomp', aside.content, aside.source);
      continue;
    }
    const said = openingSaid(tree, v); // 'Said Ortiz, “S.”': "Said" tagged as part of the name
    if (said) {
      out.push({ sentence: sentence.index, cue: v, frame: 'ccomp', ...said });
      continue;
    }
    const fronted = frontedHolder(tree, v); // "To Ms. Gil, S": her view, read like "according to"
    if (fronted) {
      push(v, 'according', fronted.content, fronted.source);
      continue;
    }
    if (token.word === ':' && v > 1) {
      const source = colonSource(tree, v);
      if (source !== undefined) push(v, 'colon', tokenRange(v + 1, tree.size), source);
      continue;
    }
    if (predicateAdjectiveProposals(tree, v, push)) continue;
    const headline = headlineVerb(tree, v); // "Mayor Slams Council Vote": a headline verb the parser read as part of a name
    if (headline) {
      out.push({ sentence: sentence.index, cue: v, frame: 'obj', ...headline });
      continue;
    }
    const compound = compoundVerb(tree, v); // "Ruiz blasts Reyes over S": the verb hung as a compound on its object
    if (compound && push(v, 'obj', compound.content, compound.source)) continue;
    const pluralVerb = pluralNounVerb(tree, v); // "Governor Reyes shares this dim view": "shares" tagged a noun
    if (pluralVerb) {
      push(v, 'obj', contentTokens(tree, pluralVerb.object), pluralVerb.subject);
      continue;
    }
    if (!isVerb(token) && !/^(NN|NNS)$/.test(token.pos)) continue;
    if (!isVerb(token) && isTimeObject(tree, v)) continue; // "told X the same day that S": the day is no cue
    const auxiliary = auxiliaryCue(tree, v); // "X, who S1, said she was unaware": "said" hung as an auxiliary
    // "X Jr., who was to fly to Y, said S": a speech verb hung as an auxiliary speaks for the name before the phrase.
    const auxiliarySource =
      auxiliary && (auxiliary.source ?? (SPEECH_VERBS.has(token.lemma.toLowerCase()) ? nameBeforeInterruption(tree, v) : undefined));
    if (auxiliary && push(v, 'ccomp', auxiliary.content, auxiliarySource)) continue;
    const handled = handledPaperCue(tree, v); // "Records obtained by the Globe show S": the participle read as the main verb
    if (handled && push(v, 'ccomp', handled.content, handled.source)) continue;
    const misreadSubject = cueReadAsSubject(tree, v); // "A study published by X says fewer than half …": "says" read as a subject
    if (misreadSubject && push(v, 'ccomp', misreadSubject.content, misreadSubject.source)) continue;
    const relative = cueReadAsRelative(tree, v); // "One resident, who asked not to be named, said S"
    if (relative && push(v, 'ccomp', relative.content, relative.source)) continue;
    // "Ortiz, who toured the coast, tweeted, “S”": the parser lost the frame at the relative clause and reached no subject.
    const setOff = subjectOf(tree, v) === undefined ? setOffRelativeSubject(tree, v, firstWord) : undefined;
    if (setOff && push(v, 'ccomp', setOff.content, setOff.source)) continue;
    const shortAnswer = frontedAnswer(tree, v, firstWord); // "Unlikely, says Ann Ruiz, a pilot."
    if (shortAnswer && push(v, 'obj', shortAnswer.content, shortAnswer.source)) continue;
    const marked = markedParticiple(tree, v, subjectOf);
    if (marked && push(v, 'ccomp', marked.content, marked.source)) continue;
    const closing =
      isVerb(token) && invertedSubject(tree, v) === undefined
        ? (appositiveCreditSpeaker(tree, v, firstWord) ??
          closingSpeaker(tree, v, firstWord, isNameOrDescription) ??
          quotedSpeakerBeforeClause(tree, v, firstWord))
        : undefined;
    if (closing) push(v, 'parataxis', closing.content, closing.source);
    // A noun cue's source is its possessor ("Trump's claim that S"), a light verb's subject, or a stance's holder ("X is a supporter of S").
    const source = isVerb(token)
      ? (nameAfterRelativeClause(tree, v) ?? // "The company that runs X, Acme, said S"
        nameBesideBareSubject(tree, v) ??
        platformTaker(tree, v) ??
        subjectOf(tree, v) ??
        experiencerSubject(tree, v) ??
        speakerAfterQuotation(tree, v) ??
        speakerBeforeCommaParticiple(tree, v) ??
        strandedSubject(tree, v) ??
        perceivedSpeaker(tree, v) ??
        nameBeforeInterruption(tree, v) ??
        frontedGerundSpeaker(tree, v))
      : (tree.child(v, 'nmod:poss') ??
        lightVerbSubject(tree, v) ??
        stanceHolder(tree, v, NOUN_CUE_CASES, subjectOf) ??
        stanceNounSubject(tree, v, NOUN_CUE_CASES, subjectOf) ??
        adverbialNounSubject(tree, v, NOUN_CUE_CASES, subjectOf));
    const subjects = tree.children(v, SUBJECT);
    let framed = false;
    // A clause the parser left loosely attached after the cue ("tells the Guardian his son left") is its complement too.
    const complements = [
      ...ownComplements(tree, v),
      ...tree.children(v, 'dep').filter((c) => c > v && isVerb(tree.token(c)) && tree.child(c, /^nsubj/) !== undefined),
      ...clausesAfterListener(tree, v), // "told reporters the bridge would reopen"
      ...clausesHungOnListener(tree, v), // "told Yahoo Sports his client had not been told"
      ...clausesOnTimeObjects(tree, v), // "told the band the same afternoon that S"
      ...relativeComplements(tree, v), // "a trade that planners say will outlast the mill"
      ...complementsUnderOccasion(tree, v), // "said in comments to the AP that S"
    ].filter((c) => source === undefined || tree.child(c, /^nsubj/) !== source);
    // "Cruz said if elected he could work with them": the parser hangs the complement as a conditional advcl.
    const conditional =
      isVerb(token) && complements.length === 0
        ? tree
            .children(v, 'advcl')
            .filter((c) => c > v && (markedBy(tree, c, 'if') || markedBy(tree, c, 'whether') || opensWithWhy(tree, c)))
        : [];
    for (const c of [...complements, ...conditional]) {
      if (push(v, 'ccomp', contentTokens(tree, c), source)) framed = true;
    }
    const interrupted = interruptedClause(tree, v); // "Last spring, the auditors say, the fund lost S"
    if (interrupted && push(v, 'parataxis', interrupted.content, interrupted.source)) framed = true;
    const doubled = clauseBeforeSecondSubject(tree, v); // "The new bridge, Ortiz says, will cost S"
    if (doubled && push(v, 'parataxis', doubled.content, doubled.source)) framed = true;
    const raised = clauseRaisedOverCue(tree, v);
    if (raised && push(v, 'ccomp', raised, source)) framed = true;
    const subjectClause = clauseAfterSubjectParticiple(tree, v);
    if (subjectClause && push(v, 'ccomp', subjectClause, source)) framed = true;
    const discourseClause = clauseAfterDiscourseParticiple(tree, v);
    if (discourseClause && push(v, 'ccomp', discourseClause, source)) framed = true;
    // "Manafort said Trump has ...": the parser made the complement's subject an object of the cue and its verb a dep.
    const misparsed = tree.children(v, 'obj').find((o) => tree.children(v, 'dep').some((d) => d > o && isVerb(tree.token(d))));
    if (misparsed !== undefined && complements.length === 0) {
      const verb = tree.children(v, 'dep').find((d) => d > misparsed && isVerb(tree.token(d)))!;
      if (
        push(
          v,
          'ccomp',
          [...contentTokens(tree, misparsed), ...contentTokens(tree, verb)].sort((a, b) => a - b),
          source,
        )
      )
        framed = true;
    }
    if (!isVerb(token)) {
      nounCueProposals(tree, v, source, push);
      continue;
    }
    if (clauseHostProposals(tree, v, source, subjects, complements, push)) framed = true;
    for (const o of preposedObjects(tree, v, OBL_CUE_CASES)) {
      if (o === source) continue;
      // After a speech verb a preposition's object ('said on Tuesday', 'told a crowd in Ohio') does not keep its quotation from being tried.
      if (push(v, 'obl', contentTokens(tree, o, tree.children(o, 'case')), source) && !SPEECH_VERBS.has(token.lemma.toLowerCase()))
        framed = true;
    }
    for (const c of prepositionalClauses(tree, v, OBL_CUE_CASES))
      if (push(v, 'obl', contentTokens(tree, c, tree.children(c, /^(mark|case)$/)), source)) framed = true;
    const passiveSubject = tree.child(v, 'nsubj:pass');
    if (passiveSubject !== undefined && source !== undefined && source !== passiveSubject && token.pos === 'VBN') {
      if (push(v, 'passive', contentTokens(tree, passiveSubject), source)) framed = true;
    }
    const described = participleAgent(tree, v); // "the deal, opposed by two council members,": they opposed the deal
    if (described && push(v, 'passive', contentTokens(tree, described.noun, [v]), described.agent)) framed = true;
    for (const x of tree.children(v, 'advcl').filter((x) => x > v && tree.children(x, 'mark').some((m) => tree.token(m).lemma === 'to'))) {
      if (push(v, 'advcl-to', contentTokens(tree, x), source)) framed = true;
    }
    const gerund = looseGerund(tree, v);
    for (const x of [...tree.children(v, 'xcomp'), ...(gerund === undefined ? [] : [gerund])]) {
      if (x === source) continue;
      if (push(v, 'xcomp', contentTokens(tree, x), source)) framed = true;
    }
    // "X tells Breitbart News: S": whom a cue tells is its listener, not what it reports.
    const listenerCue = LISTENER_CUES.has(token.lemma.toLowerCase());
    for (const o of tree.children(v, 'obj')) {
      // ', while insisting the county should cut S': the object begins the clause the participle reports.
      if (o === source || listenerCue || subjectClause?.includes(o)) continue;
      // "portrayed the mayor as a spendthrift": the "as" phrase says what the cue makes of its object.
      const asPhrases = tree.children(v, 'obl').filter((x) => x > o && tree.hasCase(x, 'as'));
      const extra = [...tree.children(v, 'xcomp'), ...asPhrases];
      if (
        push(
          v,
          'obj',
          [...contentTokens(tree, o), ...extra.flatMap((x) => contentTokens(tree, x))].sort((a, b) => a - b),
          source,
        )
      )
        framed = true;
    }
    const answer = source === undefined ? undefined : oneWordAnswer(tree, v); // "Asked if he would run, he said no"
    if (answer !== undefined && push(v, 'obj', [answer], source)) framed = true;
    const lone = loneIndirectObject(tree, v); // "The audit showed things a little differently": the object read as iobj
    if (lone !== undefined && lone !== source && push(v, 'obj', contentTokens(tree, lone), source)) framed = true;
    const reported = framed || source === undefined ? undefined : reportedPredicateClause(tree, v);
    if (reported && push(v, 'ccomp', reported, source)) framed = true;
    if (!framed && source !== undefined) {
      const quote = quoteTokens(tree, v);
      if (quote.length) {
        push(v, 'quote', quote, source);
        continue;
      }
      // The quotation in another sentence: the one after 'X said:' or the one before '"S." X said.'.
      const backward =
        onlySpeaker(tree, v, source) || (opensSentence(tree, v) && source === speakerAfterOpeningCue(tree, v, isNameOrDescription));
      const elsewhere = endsWithColon(tree, v) ? { forward: true } : backward ? { backward: true } : undefined;
      if (elsewhere)
        out.push({ sentence: sentence.index, cue: v, lemma: token.lemma.toLowerCase(), frame: 'quote', content: [], source, ...elsewhere });
    }
  }
  return withOpeningQuotations(tree, out, firstWord);
}
