/**
 * "The council approved the budget, the AP reports", "The studio's head apologized for the crash, CNN
 * reports": the verb the cue model reads is an act the outlet reports, with no words of its own to
 * carry. Its reading gives way, so the outlet's credit stays the sentence's claim instead of lending
 * its name as the via of an act. A clause after the verb ("approved, saying S") is words, and stays.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { Attribution } from '../attribution.ts';
import { holdsCue } from '../find.ts';
import { verbClasses } from '../model/verb-classes.ts';
import { DependencyTree } from '../tree.ts';

/** Verbs WordNet files under saying or thinking that, with a noun after them, report a deed. */
const ACTS_FILED_AS_WORDS = new Set(['approve', 'apologize', 'apologise', 'recall', 'sign', 'accept', 'file']);
/**
 * Verbs of planning or weighing a course ("Ministers plan to ban X, the Times reports", "The board is considering a
 * fee, per the Herald"): WordNet files them under thought, but the outlet tells what its subject is doing, not what
 * it said or believes, so the outlet is the claimant. Beliefs ("rebels fear S, the Post reports") stay the subject's.
 */
const PLANS_FILED_AS_THOUGHT = new Set(['plan', 'intend', 'weigh', 'consider', 'mull', 'contemplate', 'ponder', 'eye', 'explore']);
/** A verb of planning, not one judging its object ("Officials consider the bridge a failure" is a belief). */
function isPlan(tree: DependencyTree, verb: number): boolean {
  const judged = tree.children(verb, 'xcomp').some((c) => /^(NN|JJ)/.test(tree.token(c).pos));
  return PLANS_FILED_AS_THOUGHT.has(tree.token(verb).lemma) && /^VB/.test(tree.token(verb).pos) && !judged;
}

/**
 * WordNet classes of verbs whose subject speaks or thinks (verb-classes.ts), with verbs of hitting and
 * fighting, which news uses for stances ("slammed the plan"): any other verb is a deed.
 */
const WORD_CLASSES = new Set(['communication', 'cognition', 'perception', 'emotion', 'contact', 'competition']);

/**
 * Whether a cue's verb reports a deed the credit reports: listed, or its most frequent WordNet sense is
 * not of words or thought and it is the clause the credit hangs on ("after tests found S" stays).
 */
function isActVerb(doc: NlpDocument, a: Attribution, credit: Attribution): boolean {
  const tree = DependencyTree.of(doc.sentences[a.sentence]);
  if (ACTS_FILED_AS_WORDS.has(a.cue.lemma) || isPlan(tree, a.cue.token)) return true;
  const first = verbClasses(a.cue.lemma)[0];
  if (first === undefined || WORD_CLASSES.has(first)) return false;
  return tree.head(a.cue.token) === credit.cue.token || tree.head(credit.cue.token) === a.cue.token;
}

/** A comma, a quotation, "that" or a modal: words after the verb rather than a noun. */
const WORDS_FOLLOW = /^(,|``|''|"|MD)$/;

/** An act's reading with nothing but a noun or a circumstance between its verb and the comma before the credit. */
function isBareAct(doc: NlpDocument, a: Attribution, credit: Attribution): boolean {
  if (!isActVerb(doc, a, credit) || credit.cue.span.start <= a.cue.span.end) return false;
  const tokens = doc.sentences[a.sentence].tokens;
  const creditComma = tokens.filter((t) => t.word === ',' && t.end <= credit.cue.span.start).at(-1);
  const end = Math.min(credit.cue.span.start, creditComma?.start ?? Infinity);
  return !tokens.some(
    (t) => t.end <= end && (WORDS_FOLLOW.test(t.pos) || t.lemma === 'that') && a.content.some((s) => s.start <= t.start && t.end <= s.end),
  );
}

/**
 * Whether a credit's claim tells of a plan its sentence's subject weighs ("City officials are weighing a cap, the
 * Statesman reports"): a name that reports another's plan is an outlet, as one that carries another's words is.
 */
export function reportsPlan(doc: NlpDocument, credit: Attribution): boolean {
  const tree = DependencyTree.of(doc.sentences[credit.sentence]);
  const inContent = (i: number) => credit.content.some((s) => s.start <= tree.token(i).start && tree.token(i).end <= s.end);
  // "Acme Corp plans to cut jobs, Acme reports": a body telling its own plan is no outlet.
  const others = (subject: number) =>
    inContent(subject) && !tree.subtree(subject).some((i) => tree.token(i).word === credit.claimants[0]?.name);
  return tree.sentence.tokens.some((_, k) => isPlan(tree, k + 1) && inContent(k + 1) && tree.children(k + 1, /^nsubj/).some(others));
}

/**
 * `kept` without the act readings an outlet's closing credit in their sentence reports, also one that cites its
 * source ("Keller plans to run, CNN reports, citing two aides": the aides' claim, not Keller's).
 */
export function withoutReportedActs(doc: NlpDocument, kept: Attribution[], isCarrier: (a: Attribution) => boolean): Attribution[] {
  const carriers = kept.filter(isCarrier);
  return kept.filter((a) => !carriers.some((c) => c !== a && c.sentence === a.sentence && holdsCue(c, a) && isBareAct(doc, a, c)));
}
