/**
 * "Mayor Ines Varga said the bridge was never safe": the parser made the reported clause's subject the
 * cue's object and hung the clause's predicate on the cue as a subjectless sibling (dep, parataxis),
 * its copula and adverbs under it, so the object reading's content was only "the bridge". The object's
 * phrase runs straight into the predicate's clause, so the reading keeps its rating and reads the object
 * through the end of that clause. On PolNeAR train (at 10ba51b) 35 readings changed their content:
 * 12,802 -> 12,805 right claimants, wrong unchanged (1,029), 1,466 -> 1,461 false positives; dev's counts unchanged.
 */
import type { Candidate } from '../frames/candidate.ts';
import type { DependencyTree, Edge } from '../tree.ts';
import { speakersOwnVerb } from './upside-down-objects.ts';

export function objectThroughSiblingPredicate(tree: DependencyTree, c: Candidate): number[] | undefined {
  const cue = c.cue;
  if (c.frame !== 'obj') return undefined;
  const object = tree.children(cue, 'obj').find((o) => o > cue && c.content.includes(o));
  if (object === undefined) return undefined;
  // "praised the cookies and Kim's entry was a tart": of a conjoined object only the last conjunct is the clause's subject.
  if (tree.child(object, 'conj') !== undefined) return undefined;
  const phrase = tree.subtree(object);
  if (c.content.some((t) => !phrase.includes(t)) || /^(me|him|her|us|them)$/i.test(tree.token(object).word)) return undefined;
  const next = Math.max(...phrase) + 1;
  const predicate = tree.head(next) === cue ? next : tree.head(next);
  if (tree.head(predicate) !== cue || !/^(dep|parataxis)$/.test(tree.relation(predicate))) return undefined;
  if (tree.child(predicate, /^(nsubj|csubj|expl)/) !== undefined) return undefined;
  // "the bridge was", "the clinic should be": the next word is the predicate's own auxiliary, copula or adverb.
  if (next !== predicate && !/^(aux|aux:pass|cop|advmod)$/.test(tree.relation(next))) return undefined;
  const ownVerb = (e: Edge) => speakersOwnVerb(tree, predicate, e);
  const clause = tree.subtree(predicate, (e, from) => from === predicate && (e.dep === 'parataxis' || ownVerb(e)));
  return [...phrase, ...clause].filter((t) => t > cue).sort((a, b) => a - b);
}
