/**
 * Subjects the parser hung on a verb with no subject under another relation: a name left as a loose
 * dependent right before the verb ('"S," Devine declared'), the object of an "as" it took for a
 * preposition ("As another study noted, S"), an inverted subject it took for an object ('But, said Ruiz, "S"').
 */
import { isName } from '../sources/proper-names.ts';
import type { DependencyTree } from '../tree.ts';

/** The name hung on `verb` as a dep, whose phrase ends right before the verb, when the verb has no subject. */
export function looseNameSubject(tree: DependencyTree, verb: number): number | undefined {
  if (tree.child(verb, /^nsubj/) !== undefined) return undefined;
  return tree.children(verb, 'dep').find((d) => d < verb && isName(tree, d) && Math.max(...tree.subtree(d)) === verb - 1);
}

/**
 * "As another study noted, S", "as one senator put it": the parser can take "as" for a preposition
 * and the subject for its object, an obl of the verb; with no subject of its own, that is the speaker.
 */
export function asPhraseSubject(tree: DependencyTree, verb: number): number | undefined {
  if (tree.child(verb, /^nsubj/) !== undefined) return undefined;
  const opensWithAs = (o: number) =>
    tree.children(o, 'case').some((k) => /^as$/i.test(tree.token(k).word) && k === Math.min(...tree.subtree(o)));
  return tree.children(verb, 'obl').find((o) => o < verb && opensWithAs(o)) ?? asPhraseHungElsewhere(tree, verb, opensWithAs);
}

/**
 * "X was a long shot, as polls show Y leading": the "as" phrase hung on a word of the main clause and the
 * verb left as a loose dep; the phrase right before the verb (and its auxiliaries) is its subject.
 */
function asPhraseHungElsewhere(tree: DependencyTree, verb: number, opensWithAs: (o: number) => boolean): number | undefined {
  if (tree.relation(verb) !== 'dep') return undefined;
  let end = verb - 1;
  while (end > 0 && tree.head(end) === verb && /^aux/.test(tree.relation(end))) end--;
  for (let o = end; o > 0; o--) {
    if (!/^(obl|nmod)$/.test(tree.relation(o)) || Math.max(...tree.subtree(o)) !== end) continue;
    return opensWithAs(o) ? o : undefined;
  }
  return undefined;
}

/**
 * 'But, said Ruiz, "S"', 'In other words, explained the moderator: "S"': a verb after an opening
 * phrase's comma, with no subject, whose object right after it is a name or a description and is
 * followed by a comma or colon and then the verb's clause: the object is the inverted subject.
 */
export function invertedSubjectBeforeContent(
  tree: DependencyTree,
  verb: number,
  isSpeaker: (tree: DependencyTree, i: number) => boolean,
): number | undefined {
  if (tree.child(verb, /^nsubj/) !== undefined || verb < 3 || tree.token(verb - 1).word !== ',') return undefined;
  if (!/^VB[DZP]$/.test(tree.token(verb).pos) || tree.token(verb).lemma.toLowerCase() === 'tell') return undefined;
  const speaker = tree.children(verb, 'obj').find((o) => o > verb && Math.min(...tree.subtree(o)) === verb + 1);
  if (speaker === undefined || !isSpeaker(tree, speaker)) return undefined;
  const end = Math.max(...tree.subtree(speaker));
  if (end >= tree.size || !/^[,:]$/.test(tree.token(end + 1).word)) return undefined;
  return tree.children(verb, /^(ccomp|parataxis)$/).some((c) => c > end) ? speaker : undefined;
}
