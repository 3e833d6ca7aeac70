/**
 * "Investigators say the payments were never declared", "Activists fear the toll is far higher": the
 * parser made the cue the clausal subject (csubj, csubj:pass) of the reported clause's predicate and that
 * clause's subject the cue's object, so the object reading's content was only "the payments". A finite
 * verb cannot be a clause's subject, so the parse is upside down: the reading, rated as the parser gave
 * it, reads the object through the end of the predicate's clause. A gerund can be one ("Taking these
 * people is insanity") and keeps its object. On PolNeAR train (at d70f1da) 78 readings changed their content:
 * 12,800 -> 12,802 right claimants, 1,030 -> 1,029 wrong; dev's counts unchanged.
 */
import type { Candidate } from '../frames/candidate.ts';
import { CREDIT_VERBS } from '../credits/credit-verbs.ts';
import type { DependencyTree, Edge } from '../tree.ts';

export function objectThroughPredicate(tree: DependencyTree, c: Candidate): number[] | undefined {
  const cue = c.cue;
  if (c.frame !== 'obj' || !/^csubj/.test(tree.relation(cue)) || !hasTense(tree, cue)) return undefined;
  const object = tree.children(cue, 'obj').find((o) => o > cue && c.content.includes(o));
  if (object === undefined) return undefined;
  const phrase = tree.subtree(object);
  // "told them it would all be fine": an object pronoun is whom the cue tells or names, not the clause's subject.
  if (c.content.some((t) => !phrase.includes(t)) || /^(me|him|her|us|them)$/i.test(tree.token(object).word)) return undefined;
  const predicate = tree.head(cue);
  if (predicate === 0 || phrase.some((t) => t >= predicate)) return undefined;
  // The object's phrase runs straight into the predicate's clause: "the payments were", "the toll is".
  const next = Math.max(...phrase) + 1;
  if (next !== predicate && !(tree.head(next) === predicate && /^(aux|aux:pass|cop|advmod)$/.test(tree.relation(next)))) return undefined;
  const ownVerb = (e: Edge) => speakersOwnVerb(tree, predicate, e);
  const clause = tree.subtree(predicate, (e, from) => from === predicate && (e.dep === 'parataxis' || ownVerb(e)));
  return beforeClosingCredit(
    tree,
    clause.filter((t) => t > cue),
  );
}

/**
 * "Investigators believe the fire was set on purpose, the BBC reports": the credit after the last comma is not
 * the content (the parser may tag "reports" a plural noun and hang it as an object; its lemma is still "report").
 */
function beforeClosingCredit(tree: DependencyTree, content: number[]): number[] {
  const words = content.filter((t) => !/^[.!?]$/.test(tree.token(t).word));
  const comma = [...words].reverse().find((t) => tree.token(t).word === ',');
  if (comma === undefined) return content;
  const tail = words.filter((t) => t > comma);
  const last = tail.at(-1);
  if (last === undefined || tail.length > 8 || !CREDIT_VERBS.has(tree.token(last).lemma.toLowerCase())) return content;
  return content.filter((t) => t < comma);
}

/**
 * "X insists the tax is a mistake and has voted against it": a subjectless verb conjoined to a predicate
 * noun or adjective is the speaker's next act. One conjoined to a predicate verb shares the
 * reported subject ("the plan will fail and cost jobs").
 */
export function speakersOwnVerb(tree: DependencyTree, predicate: number, e: Edge): boolean {
  if (e.dep !== 'conj' || /^VB/.test(tree.token(predicate).pos)) return false;
  return /^VB/.test(tree.token(e.to).pos) && tree.child(e.to, /^nsubj/) === undefined;
}

/** A verb with a tense of its own, or with an auxiliary and no "to": "said", "can see", not "saying" alone. */
function hasTense(tree: DependencyTree, verb: number): boolean {
  if (/^VB[DZP]$/.test(tree.token(verb).pos)) return true;
  return tree.child(verb, /^aux/) !== undefined && tree.child(verb, 'mark') === undefined;
}
