/**
 * "Ortiz is not the first official to call S", "She was one of nine mayors to back S", "The first
 * lawmaker to endorse S was Rep. Dana Whitfield": a 'to' clause on a noun that a copula says the
 * speaker is. The parser hangs the clause on the predicate noun ("official", "mayors", "lawmaker"),
 * which names a role, not who spoke: the speaker is the copula's subject, or its predicate name.
 */
import { DependencyTree } from '../tree.ts';
import { isName } from '../sources/proper-names.ts';

export function copularSpeaker(tree: DependencyTree, noun: number): number | undefined {
  // "one of nine mayors": the predicate is "one".
  const predicate = tree.relation(noun) === 'nmod' && tree.token(tree.head(noun)).lemma.toLowerCase() === 'one' ? tree.head(noun) : noun;
  // Not a prepositional predicate: "X was under pressure to S", "X is in a position to S" say nothing X said.
  if (tree.child(predicate, 'cop') !== undefined && tree.child(predicate, 'case') === undefined) {
    const subject = tree.child(predicate, /^nsubj/);
    if (subject !== undefined && subject < predicate) return subject;
  }
  if (/^nsubj/.test(tree.relation(noun))) {
    const name = tree.head(noun);
    if (name > noun && tree.child(name, 'cop') !== undefined && isName(tree, name)) return name;
  }
  return undefined;
}
