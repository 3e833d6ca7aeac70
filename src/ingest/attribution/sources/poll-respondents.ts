/**
 * "In a county poll released Monday, 60 percent of voters said S": a count of respondents speaks
 * through the poll that counted them, and PolNeAR names the poll as the source (cue "In"). The poll
 * named before the cue in the sentence, or after it in an "in" phrase ("60 percent said S, in a poll
 * taken Monday"), stands beside the respondents as a claimant; "went to the polls" (a plural) is
 * where people vote, not a poll.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { DependencyTree } from '../tree.ts';
import { isQuantityNoun } from './quantity-sources.ts';

const POLL = /^(poll|survey)$/;

/** The poll or survey the respondents counted at `source` answered, named in the cue's sentence. */
export function respondentsPoll(doc: NlpDocument, c: { sentence: number; source: number; cue: { token: number } }): number[] {
  const tree = DependencyTree.of(doc.sentences[c.sentence]);
  if (!isCount(tree, c.source)) return [];
  const own = new Set(tree.subtree(c.source));
  const isPoll = (t: number) => !own.has(t) && /^NNP?$/.test(tree.token(t).pos) && POLL.test(tree.token(t).word.toLowerCase());
  const inPhrase = (t: number) => tree.hasCase(t, 'in');
  for (let t = c.cue.token - 1; t >= 1; t--) if (isPoll(t)) return [t];
  for (let t = c.cue.token + 1; t <= tree.size; t++) if (isPoll(t) && inPhrase(t)) return [t];
  return [];
}

/** "60 percent of voters", "a majority", "three of four Americans", "as many Democrats": a count of people. */
export function isCount(tree: DependencyTree, head: number): boolean {
  const t = tree.token(head);
  return (
    t.pos === 'CD' ||
    t.word === '%' ||
    isQuantityNoun(t.lemma.toLowerCase()) ||
    tree.children(head, 'nummod').some((n) => tree.token(n).pos === 'CD') ||
    tree.children(head, /^(amod|det)$/).some((n) => /^(many|most|more|fewer)$/i.test(tree.token(n).word))
  );
}
