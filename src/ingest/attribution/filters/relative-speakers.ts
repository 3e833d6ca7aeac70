/**
 * "Porter criticized the budget, which Mayor Baker called a fair compromise": a relative clause set off
 * by a comma, with a subject of its own, is that subject's attribution, even the outer speaker's own
 * ("..., which she called a failure"). PolNeAR marks it beside the outer one (whose content then ends at
 * the comma: trailing-clauses.ts), so it stands beside it however unsure the model is of a nested reading.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { DependencyTree } from '../tree.ts';
import { appositiveNounOf } from '../boundaries/appositive-relatives.ts';

const OPENING = /^(,|--|—|–|-LRB-|\()$/;

interface Reading {
  sentence: number;
  cue: { token: number };
}

/** Whether `inner` is read off a relative clause of `outer`'s sentence with a subject of its own. */
export function ownRelativeClause(doc: NlpDocument, outer: Reading, inner: Reading): boolean {
  if (outer.sentence !== inner.sentence) return false;
  const tree = DependencyTree.of(doc.sentences[inner.sentence]);
  const verb = inner.cue.token;
  // "S, a claim (that) the mayor disputes": the clause on a summing-up noun (appositive-relatives.ts), not
  // on the outer cue's own object ("shouted, a line she likes to repeat": the parse took the noun for it).
  const noun = appositiveNounOf(tree, verb);
  if (noun !== undefined) return tree.head(noun) !== outer.cue.token;
  if (tree.relation(verb) !== 'acl:relcl') return false;
  // "which the mayor called": a subject of its own; not "which called" (the relative pronoun is the subject).
  const subjects = tree.children(verb, /^nsubj/);
  if (!subjects.length || subjects.some((t) => /^(WP|WDT)$/.test(tree.token(t).pos))) return false;
  const opener = tree.subtree(verb)[0] - 1;
  return opener >= 1 && OPENING.test(tree.token(opener).word);
}
