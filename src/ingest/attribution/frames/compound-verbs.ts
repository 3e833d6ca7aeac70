/**
 * "Ruiz blasts Reyes over the tariff plan", "County Democrats pressure Ruiz to drop the levy": the
 * tagger sometimes reads a present-tense verb of stance as a noun and the parser hangs it, with its
 * subject, as a compound on the noun it is aimed at ("Ruiz blasts Reyes" as one name, "Angry
 * farmers blast levy" in a headline). A cue verb hung as a compound before a noun speaks for the noun
 * just before it (its own compound, or the aimed-at noun's compound before it); the aimed-at noun and
 * what hangs on it are the content.
 */
import type { DependencyTree } from '../tree.ts';

/** Verbs of stance or saying that the tagger misreads as nouns before a name (lemmas). */
const STANCE_VERBS = new Set([
  ...['back', 'bash', 'blame', 'blast', 'condemn', 'criticize', 'defend', 'denounce', 'deride', 'dismiss', 'endorse'],
  ...['knock', 'mock', 'praise', 'pressure', 'question', 'quote', 'reject', 'rip', 'slam', 'smear', 'support', 'urge', 'warn'],
]);

const isCapitalised = (tree: DependencyTree, t: number): boolean => /^[A-Z]/.test(tree.token(t).word);
const NOUN = /^(NN|NNS|NNP|NNPS)$/;

/** The subject and content of `v` when it is a cue verb the parser hung as a compound on the noun after it. */
export function compoundVerb(tree: DependencyTree, v: number): { source: number; content: number[] } | undefined {
  const token = tree.token(v);
  if (!/^NNS?$/.test(token.pos) || !STANCE_VERBS.has(token.lemma.toLowerCase())) return undefined;
  // "Governor Ruiz blasts Senator Reyes": the verb heads the phrase, its subject a compound before it, the name a dep after it.
  const subject = tree
    .children(v, 'compound')
    .filter((c) => c < v)
    .pop();
  const aimed = tree.children(v, /^(dep|obj)$/).find((c) => c > v && isCapitalised(tree, c));
  if (subject !== undefined && aimed !== undefined && NOUN.test(tree.token(subject).pos))
    return { source: subject, content: tree.subtree(v).filter((t) => t > v && !/^[.]$/.test(tree.token(t).word)) };
  const name = tree.head(v);
  if (tree.relation(v) !== 'compound' || name < v || !NOUN.test(tree.token(name).pos)) return undefined;
  // The subject stands right before the verb (adverbs aside: "Ruiz often questions Reyes's ties").
  let before = v - 1;
  while (before > 0 && /^RB/.test(tree.token(before).pos)) before--;
  if (before === 0 || !NOUN.test(tree.token(before).pos)) return undefined;
  const rel = tree.relation(before);
  const hung = (rel === 'compound' && (tree.head(before) === v || tree.head(before) === name)) || /^nsubj/.test(rel);
  return hung ? { source: before, content: tree.subtree(name).filter((t) => t > v) } : undefined;
}
