/**
 * Who speaks for a cue: the subject of the cue's verb, found through the shapes the parser gives it
 * (passive agents, inverted subjects after a quotation, participle and relative-clause chains that
 * share a subject, a speaker standing right after a cue that opens its sentence). The frames
 * (frames.ts) ask this for every verb cue; quotation and governing speakers ask it too.
 */
import { DependencyTree } from '../tree.ts';
import { WEEKDAYS } from '../../text/day-words.ts';
import { datelineLength } from '../credits/dateline.ts';
import { speakerOfClauseAfter } from './closing-speakers.ts';
import { conjunctHost } from './conjunct-hosts.ts';
import { copularSpeaker } from './copular-speakers.ts';
import { spentTimeSubject } from './spent-time-subjects.ts';
import { contractedPerfectSubject } from './contracted-perfects.ts';
import { asPhraseSubject, invertedSubjectBeforeContent, looseNameSubject } from './loose-subjects.ts';
import { speakerAfterOpeningCue } from './opening-cues.ts';
import { speakerObjectAfter } from './speaker-after-cue.ts';
import { isName } from '../sources/proper-names.ts';
import { followsParticipleRoot, participleAsRoot, reducedRelativeSubject } from './reduced-relatives.ts';
import { invertedDescription, prepositionalParticipleHost, relativeClauseHost, subjectBehindDateline } from './subjectless-cues.ts';
import { objectParticipleHost } from './object-participles.ts';
import { occasionParticipleHost } from './occasion-participles.ts';
import { strandedAgent } from './stranded-agents.ts';
import { looselyHungSpeaker } from './loosely-hung-speakers.ts';
import { continuesCutName } from './cut-name-subjects.ts';

/** Parts of speech a source can have: nouns, pronouns, numbers ("9 percent"). */
const NOMINAL = /^(NN|NNS|NNP|NNPS|PRP|WP|WDT|CD|DT)$/;
/** Adjectives a subject can be: 'Many say', 'Few believe', 'One Republican hopeful says' (the parser tags the head JJ). */
const ADJECTIVE_SUBJECT = /^(JJ|JJS)$/;

/**
 * "..., said Muneer Own" / "..., notes the Washington Post": an inverted subject the parser took for
 * an object or a loose dependent, right of a verb whose content clause stands before it.
 */
export function invertedSubject(tree: DependencyTree, v: number): number | undefined {
  if (tree.child(v, /^nsubj/) !== undefined || followsParticipleRoot(tree, v)) return undefined;
  const rel = tree.relation(v);
  // The quotation before may hang as a loose dep ('"Now she is a real contender," said Greene': Greene an xcomp).
  const contentBefore =
    tree.children(v, /^(ccomp|parataxis|dep)$/).some((c) => c < v) || (/^(dep|parataxis|ccomp|advcl)$/.test(rel) && tree.head(v) < v);
  if (!contentBefore) return undefined;
  return speakerObjectAfter(tree, v, isName);
}

/** A name, or a common noun with its determiner or possessor ("the company's president"). */
export function isNameOrDescription(tree: DependencyTree, i: number): boolean {
  return isName(tree, i) || (/^NNS?$/.test(tree.token(i).pos) && tree.child(i, /^(det|nmod:poss)$/) !== undefined);
}

/** The subject of `v`, climbing through xcomp/advcl/conj/acl chains that share it ("..., saying S"). */
export function subjectOf(tree: DependencyTree, v: number): number | undefined {
  const dateline = datelineLength(tree.sentence.tokens);
  let n = v;
  const afterCue = speakerAfterOpeningCue(tree, v, isNameOrDescription) ?? spentTimeSubject(tree, v);
  if (afterCue !== undefined) return afterCue;
  for (let hops = 0; hops < 4 && n !== 0; hops++) {
    const agent =
      tree.children(n, 'obl:agent')[0] ??
      tree.children(n, 'obl').find((o) => tree.children(o, 'case').some((c) => tree.token(c).lemma === 'by')) ??
      (hops === 0 ? strandedAgent(tree, n) : undefined);
    const passive = tree.child(n, 'nsubj:pass');
    const perfect = hops === 0 ? contractedPerfectSubject(tree, n) : undefined;
    if (perfect !== undefined) return perfect;
    // 'X was angered by Y and predicted S': a conjunct shares the passive's subject, not its agent.
    if (passive !== undefined && hops > 0 && tree.token(v).pos !== 'VBN' && sharesSurfaceSubject(tree, v, n))
      return NOMINAL.test(tree.token(passive).pos) || isName(tree, passive) ? passive : undefined;
    if (passive !== undefined && agent !== undefined && tree.token(n).pos === 'VBN')
      return NOMINAL.test(tree.token(agent).pos) ? agent : undefined;
    // Two subjects ('"S," X added, "S2"'): the parser took the quotation's subject too; the speaker stands next to the cue.
    // "…, a Marist poll released Thursday finds": the day the parser made a second subject is when, not who.
    const allSubjects = tree.children(n, /^nsubj$/).filter((s) => s > dateline && !continuesCutName(tree, n, s));
    const subjects = allSubjects.length > 1 ? allSubjects.filter((s) => !isDayWord(tree, s)) : allSubjects;
    const subject =
      subjects.length > 1
        ? (subjects.filter((s) => s < n).at(-1) ?? subjects[0])
        : (subjects[0] ??
          asPhraseSubject(tree, n) ??
          subjectBehindDateline(tree, n, dateline) ??
          reducedRelativeSubject(tree, n) ??
          looseNameSubject(tree, n));
    if (subject !== undefined)
      return NOMINAL.test(tree.token(subject).pos) || ADJECTIVE_SUBJECT.test(tree.token(subject).pos) || isName(tree, subject)
        ? subject
        : undefined;
    if (hops === 0) {
      const inverted =
        invertedSubject(tree, n) ??
        invertedDescription(tree, n) ??
        speakerOfClauseAfter(tree, n) ??
        invertedSubjectBeforeContent(tree, n, isNameOrDescription) ??
        looselyHungSpeaker(tree, n);
      if (inverted !== undefined) return inverted;
    }
    if (passive !== undefined) return undefined;
    const rel = tree.relation(n);
    if (rel === 'acl' && tree.children(n, 'mark').some((m) => tree.token(m).lemma === 'to'))
      return copularSpeaker(tree, tree.head(n)) ?? tree.head(n);
    // "X focused on Y, trying to S", "X opened a rally blasting Y": X
    const objectHost = objectParticipleHost(tree, n) ?? occasionParticipleHost(tree, n);
    if (objectHost !== undefined) {
      n = objectHost;
      continue;
    }
    if (rel === 'acl' && finiteClauseAfterComma(tree, n)) return relativeClauseAntecedent(tree, tree.head(n));
    if (rel === 'acl:relcl' || rel === 'acl') return tree.head(n); // "Trump, who said ..." → the noun
    // "X phoned volunteers, telling them S" / "Admitting S, X promised": the parser often hangs a participle clause as dep.
    const participle = rel === 'dep' && tree.token(n).pos === 'VBG' && (tree.head(n) < n || (tree.head(n) !== 0 && commaAfter(tree, n)));
    // "Exit polls taken in May found S": the parser made the reduced relative the root and the cue its dep.
    const reducedRelative =
      rel === 'dep' && tree.head(n) < n && (tree.token(tree.head(n)).pos === 'VBN' || participleAsRoot(tree, tree.head(n), n));
    const host = prepositionalParticipleHost(tree, n) ?? relativeClauseHost(tree, n); // "X landed in trouble by saying S": X
    if (!/^(xcomp|advcl|conj|parataxis|ccomp)$/.test(rel) && !participle && !reducedRelative && host === undefined) return undefined;
    n = host ?? (rel === 'conj' ? conjunctHost(tree, n) : tree.head(n));
  }
  return undefined;
}

/** A comma closes the phrase `p` ('Conceding that S, he warned'). */
function commaAfter(tree: DependencyTree, p: number): boolean {
  const last = Math.max(...tree.subtree(p));
  return last < tree.size && tree.token(last + 1).word === ',';
}

/** `cue` reached the passive verb `passive` only through conjuncts ('X was angered by Y and predicted S'). */
function sharesSurfaceSubject(tree: DependencyTree, cue: number, passive: number): boolean {
  let n = cue;
  while (n !== passive && tree.relation(n) === 'conj') n = tree.head(n);
  return n === passive;
}

/**
 * "The blasts were the work of bombers, insists the ministry": the parser hung the inverted closing verb on the
 * predicate noun as an `acl`; a finite verb after a comma on a noun with a subject of its own is no noun's modifier.
 * Its speaker is the relative clause's antecedent when that noun closes one ("Ruiz, who sits on the board, said S").
 * On PolNeAR train: three claimants that were a clause's words now a name, one reading matching nothing gone.
 */
function finiteClauseAfterComma(tree: DependencyTree, cue: number): boolean {
  const noun = tree.head(cue);
  return /^VB[DZP]$/.test(tree.token(cue).pos) && tree.token(cue - 1)?.word === ',' && tree.children(noun, /^nsubj/).length > 0;
}

function relativeClauseAntecedent(tree: DependencyTree, noun: number): number | undefined {
  return tree.relation(noun) === 'acl:relcl' ? tree.head(noun) : undefined;
}

const DAY_WORDS = new Set<string>([...WEEKDAYS, 'today', 'yesterday', 'tonight']);

/** A weekday or a near day standing as a noun ("Thursday", "yesterday"), not a name. */
function isDayWord(tree: DependencyTree, t: number): boolean {
  return DAY_WORDS.has(tree.token(t).word.toLowerCase()) && tree.children(t, /^(det|nmod:poss|compound|amod)$/).length === 0;
}
