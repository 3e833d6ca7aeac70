/**
 * "In a county poll released Monday, 60 percent of voters said S": a count of respondents speaks
 * through the poll that counted them, and PolNeAR names the poll as the source (cue "In"). The poll
 * named before the cue in the sentence stands beside the respondents as a claimant; "went to the
 * polls" (a plural) is where people vote, not a poll.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { DependencyTree } from '../tree.ts';
import { isQuantityNoun } from './quantity-sources.ts';

const POLL = /^(poll|survey)$/;

/** The poll or survey the respondents counted at `source` answered, named before `cue` in its sentence. */
export function respondentsPoll(doc: NlpDocument, c: { sentence: number; source: number; cue: { token: number } }): number[] {
  const tree = new DependencyTree(doc.sentences[c.sentence]);
  const head = tree.token(c.source);
  // "60 percent of voters", "a majority", "three of four Americans" (the count hangs on the noun).
  const counted =
    head.pos === 'CD' ||
    head.word === '%' ||
    isQuantityNoun(head.lemma.toLowerCase()) ||
    tree.children(c.source, 'nummod').some((n) => tree.token(n).pos === 'CD');
  if (!counted) return [];
  const own = new Set(tree.subtree(c.source));
  for (let t = c.cue.token - 1; t >= 1; t--) {
    const word = tree.token(t);
    if (own.has(t) || !/^NNP?$/.test(word.pos) || !POLL.test(word.word.toLowerCase())) continue;
    return [t];
  }
  return [];
}
