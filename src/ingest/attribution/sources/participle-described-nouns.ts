/**
 * A noun described by a present participle of saying, showing or urging right after it, with no comma
 * between ("an item suggesting that S", "graphics showing that S", "disclaimers urging calm"): the noun is
 * the one who says, shows or urges, though the lexicon does not know it as a source (documents and
 * things mostly speak only in such phrases). With a comma the participle is mostly the clause subject's
 * ("offers X instead of resentment, urging voters to S"); a past participle mostly names ("a firm called X").
 */
import type { DependencyTree } from '../tree.ts';

/** Verbs whose subject states, shows or urges a claim. */
const STATING_VERBS = new Set([
  ...['say', 'tell', 'state', 'claim', 'argue', 'announce', 'describe', 'detail', 'list', 'call', 'demand', 'urge'],
  ...['show', 'suggest', 'indicate', 'reveal', 'find', 'conclude', 'predict', 'warn', 'promise', 'recommend', 'propose'],
  ...['accuse', 'criticize', 'praise', 'question'],
]);

/** Whether `noun` is described by the cue `cue`, a present participle of a stating verb hung on it as a restrictive modifier. */
export function describedByStatingParticiple(tree: DependencyTree, noun: number, cue: number): boolean {
  const participle = tree.token(cue);
  if (participle.pos !== 'VBG' || !STATING_VERBS.has(participle.lemma.toLowerCase())) return false;
  if (tree.relation(cue) !== 'acl' || tree.head(cue) !== noun) return false;
  // "He's a puppet saying S", "Beside it were graphics showing S": a predicate noun's phrase takes in its clause.
  if (tree.child(noun, 'cop') !== undefined) return false;
  // "the last step of announcing S": a participle after a preposition or marker is no modifier of the noun.
  return tree.token(cue - 1).word !== ',' && tree.children(cue, /^(mark|case)$/).length === 0;
}
