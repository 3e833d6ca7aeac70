import { isPunct, type DependencyTree } from '../tree.ts';
import type { Frame } from './candidate.ts';

/** Plain verbs of saying: after their host clause they report it, whatever the parser called the link. */
const PLAIN_SAYING = new Set(['say', 'tell', 'state', 'write', 'add', 'explain', 'tweet', 'note']);

/**
 * "S, Guild Director of Member Affairs Tom Brandt told the Ledger": a long subject makes the parser hang
 * the closing verb on S as parataxis, a reading the model rates low; it is the "S, X said" frame (ccomp)
 * when the subject opens right after the comma that ends S and the verb takes no clause of its own.
 */
export function closingSayingFrame(tree: DependencyTree, v: number, host: number, source: number | undefined): Frame | undefined {
  if (tree.relation(v) !== 'parataxis' || !PLAIN_SAYING.has(tree.token(v).lemma.toLowerCase())) return undefined;
  if (source === undefined || source > v || tree.head(source) !== v || !/^nsubj/.test(tree.relation(source))) return undefined;
  if (tree.children(v).some((k) => /^(ccomp|parataxis|xcomp)$/.test(tree.relation(k)))) return undefined;
  const subject = Math.min(...tree.subtree(source));
  const comma = subject - 1;
  if (comma < 1 || tree.token(comma).word !== ',') return undefined;
  const hostWords = tree.subtree(host, (edge) => edge.to === v).filter((t) => !isPunct(tree.token(t)));
  return hostWords.every((t) => t < comma) ? 'ccomp' : undefined;
}
