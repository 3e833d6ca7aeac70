/**
 * "While the Hurun Report lists him at $12 billion, Forbes says S": two sources set against each other
 * in one sentence. The outlet in the main clause does not carry the reading of the contrasting clause
 * (nor the reverse); each speaks for itself.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { Attribution } from '../attribution.ts';
import { DependencyTree } from '../tree.ts';

const CONTRAST = /^(?:while|whereas|although|though)$/i;

/** Whether `clause` is an adverbial clause of `main` opened by a word of contrast. */
function contrastsWith(tree: DependencyTree, clause: number, main: number): boolean {
  if (tree.head(clause) !== main || !/^advcl/.test(tree.relation(clause))) return false;
  return tree.children(clause, 'mark').some((m) => CONTRAST.test(tree.token(m).word));
}

/** Whether the cues of `a` and `b` head two clauses of one sentence set against each other by "while"/"although". */
export function contrastedReadings(doc: NlpDocument, a: Attribution, b: Attribution): boolean {
  if (a.sentence !== b.sentence) return false;
  const tree = DependencyTree.of(doc.sentences[a.sentence]);
  return contrastsWith(tree, a.cue.token, b.cue.token) || contrastsWith(tree, b.cue.token, a.cue.token);
}
