/**
 * "Citing duties at home, the senator declined", "despite courting donors", "often praising the
 * mayor": the tagger sometimes takes a participle that opens its own clause for an adjective of its
 * object (citing <-amod- duties). Such a participle reports its object, and its speaker is the
 * subject of the clause the object hangs on. Only where the participle cannot be a plain adjective:
 * it opens the sentence or follows a comma, a conjunction, an adverb or a preposition ("the ruling
 * party", "a growing rift" are left alone), with no determiner or adjective before it, and only a
 * verb of saying or thinking (WordNet's first class).
 */
import { verbClasses } from '../model/verb-classes.ts';
import { DependencyTree, isVerb } from '../tree.ts';

export interface AdjectiveParticiple {
  /** The participle's object with what hangs on it, without the participle and its preposition. */
  content: number[];
  source: number;
}

/** What may stand right before the participle's phrase when no preposition introduces it. */
const CLAUSE_OPENERS = /^(,|CC|``|''|:)$/;

/** `v` read as a participle cue reporting the noun it was hung on; `subjectOf` is passed in so this file need not import frames.ts. */
export function adjectiveParticiple(
  tree: DependencyTree,
  v: number,
  firstWord: number,
  subjectOf: (tree: DependencyTree, v: number) => number | undefined,
): AdjectiveParticiple | undefined {
  if (tree.token(v).pos !== 'VBG' || tree.relation(v) !== 'amod') return undefined;
  // A verb of saying or thinking ("citing", "recalling"), not of doing ("championing", "pursuing").
  if (!/^(communication|cognition)$/.test(verbClasses(tree.token(v).lemma.toLowerCase())[0] ?? '')) return undefined;
  const object = tree.head(v);
  if (object === 0 || object < v || !/^NN/.test(tree.token(object).pos)) return undefined;
  // "Campaigning in Iowa": a preposition between the participle and the noun makes it no object.
  if (tree.children(object, 'case').some((k) => k > v)) return undefined;
  const phrase = tree.subtree(object);
  const start = Math.min(...phrase);
  // Only a preposition ("despite", "through") or an adverb ("often") may stand before the participle in its phrase.
  const before = phrase.filter((t) => t < v);
  const openers = before.filter((t) => /^(case|mark)$/.test(tree.relation(t)) || tree.token(t).pos === 'RB');
  if (openers.length !== before.length) return undefined;
  const introduced = openers.some((t) => tree.token(t).pos === 'IN');
  const previous = start - 1;
  const opensClause =
    previous < firstWord || CLAUSE_OPENERS.test(tree.token(previous).pos) || CLAUSE_OPENERS.test(tree.token(previous).word);
  if (!introduced && !opensClause) return undefined;
  const verb = tree.head(object);
  if (verb === 0 || !isVerb(tree.token(verb))) return undefined;
  // "Citing X, the senator declined": the parser took the participle's phrase for a second subject.
  const otherSubject = tree.children(verb, /^nsubj/).find((s) => s !== object);
  const source = tree.relation(object) === 'nsubj' ? otherSubject : subjectOf(tree, verb);
  if (source === undefined || phrase.includes(source)) return undefined;
  return { content: phrase.filter((t) => t > v), source };
}
