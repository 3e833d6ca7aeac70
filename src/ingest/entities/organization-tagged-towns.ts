/**
 * A name the tagger calls ORGANIZATION whose people live there is a town: "Residents of Kawasaki
 * said" (the tagger knows the company). The name is the "of", "in" or "from" object of a noun for a
 * place's inhabitants, and then every mention of it is a Place. Offices and officials are left out:
 * "officials of Exxon" are a company's.
 */
import type { NlpDocument } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { mentionTop } from './mention-top.ts';

const INHABITANTS = /^(?:residents?|inhabitants|villagers|townspeople|townsfolk)$/i;

/** Names tagged ORGANIZATION that some mention shows to be a town by its inhabitants. */
export function organizationTaggedTowns(doc: NlpDocument): Set<string> {
  const names = new Set<string>();
  for (const s of doc.sentences) {
    const tree = DependencyTree.of(s);
    for (const m of s.entityMentions) {
      if (m.ner !== 'ORGANIZATION') continue;
      const top = mentionTop(tree, m.tokenBegin, m.tokenEnd);
      if (top === undefined || tree.relation(top) !== 'nmod') continue;
      const preposition = tree.child(top, 'case');
      const word = preposition === undefined ? '' : tree.token(preposition).word.toLowerCase();
      if (/^(?:of|in|from)$/.test(word) && INHABITANTS.test(tree.token(tree.head(top)).word)) names.add(m.text);
    }
  }
  return names;
}
