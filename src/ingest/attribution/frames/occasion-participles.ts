/**
 * "The senator opened a rally in Dayton blasting the governor", "Lee started the debate saying S",
 * "Ruiz was understated in the first hour, not once referring to S": the parser hung the participle
 * (acl) on the occasion or the time before it, which says nothing; the one doing it is the subject of
 * the verb or predicate that occasion belongs to. Used by `subjectOf` in cue-subjects.ts, which climbs
 * on from that verb. Only an active verb or a predicate whose subject stands before the noun: a passive
 * one ("was heard on a microphone telling S") names no one by this, nor a subject that cannot speak
 * ("Her posts include one last week saying S").
 */
import type { DependencyTree } from '../tree.ts';
import { isVerbOrPredicate } from '../tree.ts';
import { canSpeak } from '../model/people-words.ts';

/** Gatherings and stages a speaker holds or appears at; they never speak themselves. */
const OCCASIONS = new Set([
  'rally',
  'debate',
  'event',
  'meeting',
  'hearing',
  'conference',
  'appearance',
  'session',
  'forum',
  'stop',
  'visit',
  'tour',
  'stage',
  'podium',
  'microphone',
]);

/** Spans of time the parser may hang a participle on ("the first hour of the debate"). */
const TIMES = new Set(['hour', 'minute', 'day', 'night', 'morning', 'afternoon', 'evening', 'week', 'weekend', 'month', 'year']);

const TIME_TAGS = /^(DATE|TIME|DURATION)$/;

/** The verb or predicate whose occasion or time the participle `n` was hung on; undefined otherwise. */
export function occasionParticipleHost(tree: DependencyTree, n: number): number | undefined {
  if (tree.relation(n) !== 'acl' || tree.token(n).pos !== 'VBG') return undefined;
  const noun = tree.head(n);
  if (noun <= 0 || noun > n || !isOccasionOrTime(tree, noun)) return undefined;
  // A time the verb takes as its object ("took many hours explaining S") stays unread, as before.
  const relation = tree.relation(noun);
  if (!/^(obj|obl|obl:tmod|obl:npmod)$/.test(relation) || (relation === 'obj' && !isOccasion(tree, noun))) return undefined;
  const host = tree.head(noun);
  if (host <= 0 || !isVerbOrPredicate(tree, host) || tree.child(host, 'nsubj:pass') !== undefined) return undefined;
  const subject = tree.children(host, 'nsubj').find((s) => s < noun);
  return subject !== undefined && canSpeak(tree, subject) ? host : undefined;
}

function isOccasion(tree: DependencyTree, noun: number): boolean {
  return OCCASIONS.has(tree.token(noun).lemma.toLowerCase());
}

function isOccasionOrTime(tree: DependencyTree, noun: number): boolean {
  const t = tree.token(noun);
  if (!/^NNS?$/.test(t.pos) && !(t.pos === 'NNP' && TIME_TAGS.test(t.ner))) return false;
  const lemma = t.lemma.toLowerCase();
  return OCCASIONS.has(lemma) || TIMES.has(lemma) || TIME_TAGS.test(t.ner);
}
