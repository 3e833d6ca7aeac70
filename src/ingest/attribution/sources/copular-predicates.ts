/**
 * "Ortiz was the first mayor to back the plan", "Reyes is one of three senators to sign the letter":
 * the cue is a 'to' clause on the predicate noun of a copula, and the frame names the copula's subject
 * (frames/copular-speakers.ts). The predicate ("the first mayor", "one of three senators") describes
 * that same speaker, so it is kept as one of the claimant's names.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { copularSpeaker } from '../frames/copular-speakers.ts';
import { DependencyTree, isPunct } from '../tree.ts';
import type { ResolvedSource } from './sources.ts';

/** Dependents of the predicate that are not part of its noun phrase. */
const OUTSIDE_PHRASE = /^(cop|nsubj|nsubj:pass|advmod|aux|mark|cc|conj|punct|acl|acl:relcl|parataxis|advcl)$/;

/** The claimant with the predicate noun phrase that describes it as one more name, when the cue is a 'to' clause on one. */
export function withCopularPredicate(
  claimant: ResolvedSource,
  doc: NlpDocument,
  text: string,
  a: { sentence: number; source: number; cue: { token: number } },
): ResolvedSource {
  const predicate = copularPredicate(doc, text, a);
  if (!predicate || predicate === claimant.name || claimant.aliases.includes(predicate)) return claimant;
  return { ...claimant, aliases: [...claimant.aliases, predicate] };
}

/** The predicate noun phrase that describes the source of a cue in a 'to' clause on it, if the cue is one. */
function copularPredicate(
  doc: NlpDocument,
  text: string,
  a: { sentence: number; source: number; cue: { token: number } },
): string | undefined {
  const tree = DependencyTree.of(doc.sentences[a.sentence]);
  const cue = a.cue.token;
  if (tree.relation(cue) !== 'acl') return undefined;
  const noun = tree.head(cue);
  if (noun <= 0 || copularSpeaker(tree, noun) !== a.source) return undefined;
  const predicate = tree.relation(noun) === 'nmod' && tree.token(tree.head(noun)).lemma.toLowerCase() === 'one' ? tree.head(noun) : noun;
  if (tree.child(predicate, 'cop') === undefined) return undefined;
  const left = new Set(tree.subtree(cue));
  for (const c of tree.children(predicate)) if (OUTSIDE_PHRASE.test(tree.relation(c))) for (const t of tree.subtree(c)) left.add(t);
  const phrase = tree.subtree(predicate).filter((t) => !left.has(t) && !isPunct(tree.token(t)));
  if (!phrase.length) return undefined;
  const [first, last] = [tree.token(Math.min(...phrase)), tree.token(Math.max(...phrase))];
  return text.slice(first.start, last.end);
}
