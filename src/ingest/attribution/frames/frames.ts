/**
 * Candidate attributions read off the dependency tree. Each candidate is a cue word, the frame
 * that links it to its content (its clausal complement, the clause it interrupts, an "according to"
 * phrase, ...), the content's tokens and the source's head token. Which (cue lemma, frame) pairs
 * really attribute is learned from PolNeAR train (see lexicon.ts); this file only proposes.
 */
import type { NlpSentence } from '../../nlp/types.ts';
import { DependencyTree, isPunct, isVerb, isVerbOrPredicate, tokenRange } from '../tree.ts';
import { datelineLength } from '../credits/dateline.ts';
import { clauseBeforeTrailingHost, contentBesideRootSource } from './according-roots.ts';
import { closingSpeaker } from './closing-speakers.ts';
import { quotedSpeakerBeforeClause } from './quoted-inverted-speakers.ts';
import { openingSaid } from './opening-said.ts';
import { parentheticalSpeaker } from './parenthetical-speakers.ts';
import { colonSource } from './colon-sources.ts';
import { headlineVerb } from './headline-verbs.ts';
import { clauseAfterAdjectiveParticiple, clauseAfterSubjectParticiple, speakerBeforeCommaParticiple } from './comma-participles.ts';
import { nameBesideBareSubject, strandedSubject } from './stranded-subjects.ts';
import { closingSayingFrame } from './closing-sayings.ts';
import { closingReportHost } from './closing-reports.ts';
import { lightVerbSubject, nounTargets } from './light-verbs.ts';
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
import { possessedSupport, receivedStance } from './received-stances.ts';
import { invertedSubject, isNameOrDescription, subjectOf } from './cue-subjects.ts';
import { nameBeforeInterruption } from './interrupted-subjects.ts';
import { reportedPredicateClause } from './subject-clause-cues.ts';
import { opensWithWhy } from './wh-clauses.ts';
import { withOpeningQuotations } from './opening-quotations.ts';
import { experiencerSubject } from './experiencer-subjects.ts';
import { attitudeClauses } from './attitude-adjectives.ts';
import { frontedHolder } from './fronted-holders.ts';
import { isPollSource, trailingPoll } from './trailing-polls.ts';
import { beforeComma, holderPhrase } from './holder-phrases.ts';
import { subjectPoll } from './subject-polls.ts';
import { viewPhrase } from './view-phrases.ts';
import { possessedPredicate } from './possessed-predicates.ts';
import { possessedInfinitive } from './possessed-infinitives.ts';
import { auxiliaryCue } from './auxiliary-cues.ts';
import { looseAdjectiveClauses } from './adjective-clauses.ts';
import { adjectiveParticiple } from './adjective-participles.ts';
import { adverbialNounSubject } from './adverbial-nouns.ts';
import { oneWordAnswer } from './one-word-answers.ts';
import { pluralNounVerb } from './plural-noun-verbs.ts';
import { compoundVerb } from './compound-verbs.ts';
import { loneIndirectObject } from './lone-indirect-objects.ts';
import { gerundUnderComplement } from './gerunds-under-complements.ts';
import { conjoinedAdjectiveSubject } from './conjoined-adjectives.ts';
import { clausesAfterListener } from './listener-clauses.ts';
import { interruptedClause } from './interrupting-roots.ts';
import { clauseBeforeSecondSubject } from './doubled-subjects.ts';
import { asReportedBy } from './as-reported.ts';
import { openingScene, withoutOpeningScene } from './opening-scenes.ts';
import { preposedObjects, prepositionalClauses, prepositionsOf } from './prepositional-complements.ts';
import type { Candidate, Frame } from './candidate.ts';
import { endsAtCommaBefore, ownComplements } from './fronted-complements.ts';
import { relativeComplements } from './relative-complements.ts';
import { complementsUnderOccasion } from './occasion-complements.ts';
import { perceivedSpeaker } from './perceived-speakers.ts';
import { platformTaker } from './platform-takers.ts';
import { agentlessQuotedSaying } from './quoted-as-saying.ts';

export type { Candidate, Frame } from './candidate.ts';

const SUBJECT = /^(nsubj|nsubj:pass|csubj)$/;
/** Prepositions that link a noun cue to what it reports ("criticism of", "claims about"). */
const NOUN_CUE_CASES = new Set(['of', 'about', 'on', 'over', 'against', 'for', 'to']);
/** Prepositions that link a verb or adjective cue to what it is about ("called for", "critical of"); not time or place. */
const OBL_CUE_CASES = new Set([...NOUN_CUE_CASES, 'with', 'around', 'behind', 'between', 'toward', 'towards', 'from', 'into']);
/** Prepositions before a gerund ("by portraying X", "before backing Y"). */
const GERUND_CASES = new Set(['by', 'before', 'after', 'in', 'for', 'while']);
/** Cues whose object is who is spoken to. */
const LISTENER_CUES = new Set(['tell']);
/** Frames whose content may be one word ("banned waterboarding", "criticism of Trump"). */
const ONE_WORD_FRAMES = new Set<Frame>(['obj', 'noun-of', 'obl', 'passive']);

function contentTokens(tree: DependencyTree, root: number, exclude: number[] = []): number[] {
  const excluded = new Set<number>();
  for (const e of exclude) for (const t of tree.subtree(e)) excluded.add(t);
  return tree.subtree(root, (edge) => excluded.has(edge.to)).filter((t) => !excluded.has(t));
}

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
    if (token.lemma.toLowerCase() === 'accord' || token.word.toLowerCase() === 'according') {
      // "according to X": X is an obl/nmod whose case is "according"; the clause above it is the content.
      const source = tree.head(v);
      if (source === 0) continue;
      const clause = tree.head(source);
      const trailing = clauseBeforeTrailingHost(tree, v, source); // "S, according to the plan she released"
      const content = trailing ?? (clause === 0 ? contentBesideRootSource(tree, v, firstWord) : contentTokens(tree, clause, [source]));
      if (content) push(v, 'according', content, source);
      continue;
    }
    const asReported = asReportedBy(tree, v); // "As reported by the Ledger, S", "S, per the Ledger"
    if (asReported) push(v, 'according', contentTokens(tree, asReported.clause, asReported.exclude), asReported.source);
    if (isPollSource(tree, v) && /^(obl|nmod)$/.test(tree.relation(v))) {
      // "In a poll released Monday, 50 percent chose Clinton": read like "according to a poll".
      const kase = tree.caseMarker(v, 'in');
      const clause = tree.head(v);
      if (kase !== undefined && clause > v && isVerbOrPredicate(tree, clause)) push(kase, 'according', contentTokens(tree, clause, [v]), v);
      const trailing = trailingPoll(tree, v);
      if (trailing) push(trailing.cue, 'according', trailing.content, v);
      const onSubject = subjectPoll(tree, v); // "Her approval rating in a new survey stands at 48 percent"
      if (onSubject) push(onSubject.cue, 'according', onSubject.content, v);
    }
    if (token.pos === 'VBG' && tree.relation(v) === 'amod') {
      // "before backing Mr. Rubio": the parser took the gerund for an adjective of its object.
      const object = tree.head(v);
      const kase = tree.children(object, 'case').filter((k) => k < v && GERUND_CASES.has(tree.token(k).lemma.toLowerCase()));
      const verb = tree.head(object);
      if (object > v && kase.length && verb !== 0 && isVerb(tree.token(verb)))
        push(v, 'obj', contentTokens(tree, object, [v, ...kase]), subjectOf(tree, verb));
      // "Mr. Biden, recalling weekly breakfasts": a participle after a comma read as its object's adjective.
      else if (object > v && v > 1 && tree.token(v - 1).word === ',') {
        // "criticized the plan, saying floods were ignored": the adjective's noun is the subject of the reported clause.
        const clause = clauseAfterAdjectiveParticiple(tree, v);
        if (clause) push(v, 'ccomp', clause, speakerBeforeCommaParticiple(tree, v));
        else push(v, 'obj', contentTokens(tree, object, [v]), participleHost(tree, object));
      } else {
        const participle = adjectiveParticiple(tree, v, firstWord, subjectOf); // "Citing duties at home, the senator declined"
        if (participle) push(v, 'obj', participle.content, participle.source);
      }
    }
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
    const adjectiveSubject =
      /^JJ/.test(token.pos) && tree.child(v, 'cop') !== undefined ? tree.child(v, 'nsubj') : conjoinedAdjectiveSubject(tree, v);
    if (adjectiveSubject !== undefined) {
      // "Republicans have been critical of S", "X is confident that S": a predicate adjective speaks for its subject.
      const source = adjectiveSubject;
      for (const c of tree.children(v, 'ccomp')) push(v, 'ccomp', contentTokens(tree, c), source);
      for (const o of preposedObjects(tree, v, OBL_CUE_CASES)) push(v, 'obl', contentTokens(tree, o, tree.children(o, 'case')), source);
      for (const c of prepositionalClauses(tree, v, OBL_CUE_CASES, true))
        push(v, 'obl', contentTokens(tree, c, prepositionsOf(tree, c)), source);
      for (const x of attitudeClauses(tree, v)) push(v, 'xcomp', contentTokens(tree, x), source);
      for (const clause of looseAdjectiveClauses(tree, v)) push(v, 'ccomp', clause, source);
      continue;
    }
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
    const auxiliary = auxiliaryCue(tree, v); // "X, who S1, said she was unaware": "said" hung as an auxiliary
    // "X Jr., who was to fly to Y, said S": a speech verb hung as an auxiliary speaks for the name before the phrase.
    const auxiliarySource =
      auxiliary && (auxiliary.source ?? (SPEECH_VERBS.has(token.lemma.toLowerCase()) ? nameBeforeInterruption(tree, v) : undefined));
    if (auxiliary && push(v, 'ccomp', auxiliary.content, auxiliarySource)) continue;
    const marked = markedParticiple(tree, v, subjectOf);
    if (marked && push(v, 'ccomp', marked.content, marked.source)) continue;
    const closing =
      isVerb(token) && invertedSubject(tree, v) === undefined
        ? (closingSpeaker(tree, v, firstWord, isNameOrDescription) ?? quotedSpeakerBeforeClause(tree, v, firstWord))
        : undefined;
    if (closing) push(v, 'parataxis', closing.content, closing.source);
    // A noun cue's source is its possessor ("Trump's claim that S"), a light verb's subject, or a stance's holder ("X is a supporter of S").
    const source = isVerb(token)
      ? (nameBesideBareSubject(tree, v) ??
        platformTaker(tree, v) ??
        subjectOf(tree, v) ??
        experiencerSubject(tree, v) ??
        speakerAfterQuotation(tree, v) ??
        speakerBeforeCommaParticiple(tree, v) ??
        strandedSubject(tree, v) ??
        perceivedSpeaker(tree, v) ??
        nameBeforeInterruption(tree, v))
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
      // "X drew criticism from Y", "X's support among Y"
      const predicate = possessedPredicate(tree, v); // "The mayor's view is that S"
      if (predicate && source !== undefined) push(v, 'nsubj-clause', predicate, source);
      const received = source === undefined ? receivedStance(tree, v) : possessedSupport(tree, v);
      if (received) push(v, 'passive', contentTokens(tree, received.content), received.source);
      const held = source === undefined && !received ? holderPhrase(tree, v, NOUN_CUE_CASES) : undefined; // "warnings from X about S"
      for (const t of held?.targets ?? []) push(v, 'noun-of', beforeComma(tree, contentTokens(tree, t.phrase, t.cases)), held!.source);
      if (source === undefined) continue;
      for (const t of nounTargets(tree, v, NOUN_CUE_CASES)) push(v, 'noun-of', contentTokens(tree, t.phrase, t.cases), source);
      for (const x of tree.children(v, 'acl').filter((x) => x > v && tree.children(x, 'mark').some((m) => tree.token(m).lemma === 'to')))
        push(v, 'noun-to', contentTokens(tree, x), source);
      const infinitive = possessedInfinitive(tree, v); // "Ruiz's decision to close the pier angered S": the noun read as the infinitive's subject
      if (infinitive) push(v, 'noun-to', infinitive, source);
      continue;
    }
    const rel = tree.relation(v);
    if (rel === 'parataxis' || rel === 'ccomp' || rel === 'advcl' || rel === 'dep') {
      const head = tree.head(v);
      if (head !== 0 && (subjects.length > 0 || source !== undefined) && head < v) {
        const host = rel === 'parataxis' || rel === 'dep' ? (closingReportHost(tree, v, head) ?? head) : head;
        const frame = rel === 'parataxis' || rel === 'dep' ? (closingSayingFrame(tree, v, host, source) ?? 'parataxis') : 'ccomp-of';
        if (push(v, frame, contentTokens(tree, host, [v]), source)) framed = true;
      } else if (head > v && rel === 'advcl' && subjects.length > 0 && markedBy(tree, v, 'as')) {
        // "As the mayor noted, S": the clause the cue's "as" clause stands in.
        if (push(v, 'ccomp-of', contentTokens(tree, head, [v]), source)) framed = true;
      } else if (
        head > v &&
        rel === 'parataxis' &&
        subjects.length > 0 &&
        tree.subtree(head).some((t) => t < v && !isPunct(tree.token(t)))
      ) {
        // "The new plan, she says, is unworkable": the cue interrupts the clause it reports.
        if (push(v, 'parataxis', contentTokens(tree, head, [v]), source)) framed = true;
      }
    }
    if (rel === 'ROOT' || rel === 'conj') {
      // "S," said X / S, X said: with no complement of its own, the cue may take a clause it dominates via parataxis.
      for (const p of tree.children(v, 'parataxis')) {
        if (p < v) {
          if (push(v, 'parataxis', contentTokens(tree, p), source)) framed = true;
        }
      }
      // "S, Biden said.": the parser sometimes hangs the clause before the comma as advcl or dep; also with the speaker
      // after the cue ("S, said Okafor"), where the parser made the name the cue's object.
      if (complements.length === 0 && (subjects.length > 0 || (source !== undefined && source > v)))
        for (const p of tree.children(v, /^(advcl|dep)$/)) {
          // A clause with its own subject is the content even when the parser took its verb for a 'to' infinitive.
          const marks = tree.children(p, 'mark').map((m) => tree.token(m).lemma.toLowerCase());
          const unmarked = marks.length === 0 || (marks.every((m) => m === 'to') && tree.child(p, /^nsubj/) !== undefined);
          if (p < v && isVerb(tree.token(p)) && endsAtCommaBefore(tree, p, v) && unmarked) {
            if (push(v, 'parataxis', contentTokens(tree, p), source)) framed = true;
          }
        }
    }
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

function markedBy(tree: DependencyTree, clause: number, mark: string): boolean {
  return tree.children(clause, 'mark').some((m) => tree.token(m).lemma.toLowerCase() === mark);
}

/** Who speaks in a participle clause the parser hung as `object`'s adjective: the name `object` stands in apposition to, or the subject of the verb above. */
function participleHost(tree: DependencyTree, object: number): number | undefined {
  const host = tree.head(object);
  if (host === 0) return undefined;
  if (tree.relation(object) === 'appos' && /^NNPS?$/.test(tree.token(host).pos)) return host;
  return isVerb(tree.token(host)) ? subjectOf(tree, host) : undefined;
}
