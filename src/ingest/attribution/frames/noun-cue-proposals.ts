/** A noun cue's readings ("Ruiz's claim that S", "criticism of S", "warnings from X about S", "X drew criticism from Y"). */
import type { DependencyTree } from '../tree.ts';
import { contentTokens, NOUN_CUE_CASES, type Push } from './frame-proposal.ts';
import { beforeComma, holderPhrase } from './holder-phrases.ts';
import { nounTargets } from './light-verbs.ts';
import { possessedInfinitive } from './possessed-infinitives.ts';
import { possessedPredicate } from './possessed-predicates.ts';
import { possessedSupport, receivedStance } from './received-stances.ts';

/** `source` is the noun's possessor, a light verb's subject or a stance's holder, if any. */
export function nounCueProposals(tree: DependencyTree, v: number, source: number | undefined, push: Push): void {
  // "X drew criticism from Y", "X's support among Y"
  const predicate = possessedPredicate(tree, v); // "The mayor's view is that S"
  if (predicate && source !== undefined) push(v, 'nsubj-clause', predicate, source);
  const received = source === undefined ? receivedStance(tree, v) : possessedSupport(tree, v);
  if (received) push(v, 'passive', contentTokens(tree, received.content), received.source);
  const held = source === undefined && !received ? holderPhrase(tree, v, NOUN_CUE_CASES) : undefined; // "warnings from X about S"
  for (const t of held?.targets ?? []) push(v, 'noun-of', beforeComma(tree, contentTokens(tree, t.phrase, t.cases)), held!.source);
  if (source === undefined) return;
  for (const t of nounTargets(tree, v, NOUN_CUE_CASES)) push(v, 'noun-of', contentTokens(tree, t.phrase, t.cases), source);
  for (const x of tree.children(v, 'acl').filter((x) => x > v && tree.children(x, 'mark').some((m) => tree.token(m).lemma === 'to')))
    push(v, 'noun-to', contentTokens(tree, x), source);
  const infinitive = possessedInfinitive(tree, v); // "Ruiz's decision to close the pier angered S": the noun read as the infinitive's subject
  if (infinitive) push(v, 'noun-to', infinitive, source);
}
