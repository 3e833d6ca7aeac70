/**
 * The outlet named by a participle on the claimant: "Mayor Ilse Varga, quoted in the Tribune, said S",
 * "A resident, reached by phone by the AP, said S", "An activist quoted by Reuters said S". The parser
 * may hang the participle on the claimant (acl) or, without commas, make it the claimant's verb and
 * "said" an aux under the content. Newser-style summaries write these; on train they change no
 * prediction (PolNeAR byte-identical).
 */
import type { DependencyTree } from '../attribution/tree.ts';

/** Participles by which an outlet got a speaker's words. */
const REACHED = /^(quote|cite|reach|contact|interview)$/i;
/** "quoted in the Tribune": a place of printing, only for the quoting verbs. */
const PRINTED = /^(quote|cite)$/i;

/** The nodes that may name the outlet: each "by" (or, for quote/cite, "in") phrase of such a participle on `node`. */
export function sourceParticiples(tree: DependencyTree, node: number): number[] {
  const participles = tree.children(node, /^(acl|advcl)$/);
  // "An activist quoted by Reuters said S": the participle read as the verb of which the claimant is subject,
  // right after the claimant's words.
  const head = tree.head(node);
  if (head > node && tree.relation(node) === 'nsubj' && followsRightAfter(tree, node, head)) participles.push(head);
  return participles
    .filter((v) => tree.token(v).pos === 'VBN' && REACHED.test(tree.token(v).lemma))
    .flatMap((v) =>
      tree
        .children(v, /^obl/)
        .filter((o) =>
          tree
            .children(o, 'case')
            .some((k) => /^by$/i.test(tree.token(k).word) || (/^in$/i.test(tree.token(k).word) && PRINTED.test(tree.token(v).lemma))),
        ),
    );
}

/** Nothing but the claimant's own words and punctuation stands between `node` and `head`. */
function followsRightAfter(tree: DependencyTree, node: number, head: number): boolean {
  for (let k = node + 1; k < head; k++) if (!tree.dominates(node, k) && tree.relation(k) !== 'punct') return false;
  return true;
}
