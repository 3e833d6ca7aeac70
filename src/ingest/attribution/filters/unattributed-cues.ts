/**
 * Cues of attributions no one is said to make: an agentless passive ("X is expected to S", "X was
 * asked whether S", "X is known for S") says that something is held or asked, not who holds or
 * asks it; PolNeAR annotates these as attributions without a source, as it does "It appears that S"
 * (impression-cues.ts).
 */
import type { Candidate, Frame } from '../frames/frames.ts';
import { seemsThat } from './impression-cues.ts';
import { byPhrases } from '../frames/question-askers.ts';
import type { DependencyTree } from '../tree.ts';

/**
 * Verbs whose agentless passive PolNeAR train annotates as an attribution with no source, and the
 * frames that read what is held or asked: of the model's candidates there that no other attribution
 * covered, about 105 matched such an attribution, 10 one with a source, 10 none. Not "was charged
 * with S" (5 of 7): it added little to attribution and took from right claimant.
 */
const HELD_BY_NO_ONE = new Map<string, Set<Frame>>([
  ['expect', new Set(['xcomp', 'ccomp'])],
  ['ask', new Set(['ccomp', 'obl', 'xcomp', 'obj'])],
  ['know', new Set(['obl', 'xcomp', 'ccomp'])],
  // "X was accused of S", "it was reported that S", "X was declared the winner": said by people unnamed;
  // in these frames all 16 the model kept on train matched an attribution annotated with no source.
  ['accuse', new Set(['obl'])],
  ['criticize', new Set(['obl'])],
  ['report', new Set(['ccomp'])],
  ['reveal', new Set(['ccomp'])],
  ['announce', new Set(['obj'])],
  ['declare', new Set(['obj'])],
]);

/**
 * A candidate whose cue is an agentless passive of those verbs, or "Asked if S, X said": X was
 * asked, and the subject the tree lends the participle from the main clause asked nothing.
 */
export function isUnattributed(tree: DependencyTree, c: Candidate): boolean {
  const frames = HELD_BY_NO_ONE.get(c.lemma);
  if (!frames?.has(c.frame) || tree.token(c.cue).pos !== 'VBN' || byAgent(tree, c.cue)) return false;
  // What is expected or asked follows the verb; a clause before it the parser hung on it says something else.
  if (c.content.some((t) => t < c.cue)) return false;
  if (tree.child(c.cue, 'aux:pass') !== undefined) return c.source === undefined;
  // A participle with no auxiliary ("has asked" is active); as the root, its complement took in the clause it sets ("When asked why, X responded").
  return c.lemma === 'ask' && tree.child(c.cue, /^(nsubj|aux)/) === undefined && tree.relation(c.cue) !== 'ROOT';
}

/**
 * Of those, the ones kept as attributions with no claimant: not in a relative clause or a conjunct
 * ("delegates who are expected to S", "X spoke but is not expected to S"), nor a question that sets
 * the occasion of an answer ("When asked about S, X said S2"). On train they matched an attribution
 * annotated with no source less often than the others (11 of 17, and 17 of 23).
 */
export function isKeptUnattributed(tree: DependencyTree, c: Candidate): boolean {
  if (/^(acl:relcl|conj)$/.test(tree.relation(c.cue))) return false;
  if (seemsThat(tree, c)) return true;
  if (!isUnattributed(tree, c)) return false;
  const when = tree.children(c.cue, 'advmod').some((k) => tree.token(k).lemma.toLowerCase() === 'when');
  return !when || tree.child(c.cue, 'aux:pass') !== undefined;
}

/** "asked by X", "asked to preserve them by X": who asks is named. */
function byAgent(tree: DependencyTree, cue: number): boolean {
  return [cue, ...tree.children(cue, 'xcomp')].some((v) => byPhrases(tree, v).length > 0);
}
