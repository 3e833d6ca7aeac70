/**
 * A person named with the organisation they belong to, where the parse heads the subject on the
 * organisation ("Jane Roe of the Open Data Trust said S" read as "Roe ... Trust", a compound): the
 * person, whose words they are.
 */
import type { DependencyTree } from '../tree.ts';

/** The person token before "of (the) ORG" when the frame's source is that organisation's last word. */
export function affiliatedPerson(tree: DependencyTree, source: number): number | undefined {
  if (tree.token(source).ner !== 'ORGANIZATION' || !/^nsubj/.test(tree.relation(source))) return undefined;
  let first = source;
  while (first > 1 && tree.token(first - 1).ner === 'ORGANIZATION') first--;
  let of = first - 1;
  if (/^the$/i.test(tree.token(of)?.word ?? '')) of--;
  if (of < 2 || tree.token(of).lemma.toLowerCase() !== 'of') return undefined;
  const person = of - 1;
  if (tree.token(person).ner !== 'PERSON' || !tree.subtree(source).includes(person)) return undefined;
  return person;
}
