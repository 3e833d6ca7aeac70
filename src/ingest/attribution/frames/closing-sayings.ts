import { isPunct, type DependencyTree } from '../tree.ts';
import type { Frame } from './candidate.ts';
import { creditSubjectComma } from './credit-subject-commas.ts';

/** Plain verbs of saying: after their host clause they report it, whatever the parser called the link. */
export const PLAIN_SAYING = new Set(['say', 'tell', 'state', 'write', 'add', 'explain', 'tweet', 'note']);

/**
 * "S, Guild Director of Member Affairs Tom Brandt told the Ledger": a long subject makes the parser hang
 * the closing verb on S as parataxis, a reading the model rates low; it is the "S, X said" frame (ccomp)
 * when the subject opens right after the comma that ends S and the verb takes no clause of its own.
 * So is the credit of a quotation that opens the sentence ("“S,” he told reporters"), the quote mark between
 * comma and subject.
 */
export function closingSayingFrame(tree: DependencyTree, v: number, host: number, source: number | undefined): Frame | undefined {
  if (tree.relation(v) !== 'parataxis' || !PLAIN_SAYING.has(tree.token(v).lemma.toLowerCase())) return undefined;
  if (tree.children(v).some((k) => /^(ccomp|parataxis|xcomp)$/.test(tree.relation(k)))) return undefined;
  const opening = creditSubjectComma(tree, v, source);
  if (opening === undefined) return undefined;
  const { comma, quoted } = opening;
  const hostWords = tree.subtree(host, (edge) => edge.to === v).filter((t) => !isPunct(tree.token(t)));
  // A quotation's credit: the quotation opens the sentence and is all the credit reads.
  if (quoted && (hostWords.length === 0 || Math.min(...hostWords) !== 2 || tree.token(1).pos !== '``')) return undefined;
  return hostWords.every((t) => t < comma) ? 'ccomp' : undefined;
}
