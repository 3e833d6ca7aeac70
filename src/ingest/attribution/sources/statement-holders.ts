/**
 * "The Interior Ministry issued a statement Sunday. “…,” the statement said": the statement speaks for
 * whoever put it out in the sentence before; "statement" itself is nobody.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { DependencyTree } from '../tree.ts';
import type { NameMention } from './name-mentions.ts';
import { occasionPutOutIn } from './occasion-holders.ts';

/** The holder of the statement a bare "the statement" source names, when the sentence before put it out. */
export function statementHolder(
  doc: NlpDocument,
  tree: DependencyTree,
  names: NameMention[],
  phrase: number[],
  sentence: number,
): NameMention | undefined {
  if (phrase.length !== 2 || sentence === 0) return undefined;
  const [article, noun] = phrase.map((i) => tree.token(i));
  if (!/^the$/i.test(article.word) || !/^statement$/i.test(noun.word)) return undefined;
  return occasionPutOutIn(doc, names, sentence - 1);
}
