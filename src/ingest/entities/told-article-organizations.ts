/**
 * "X told Der Standard that S": a name the tagger calls an organization, opening with another
 * language's article and told a claim, is an outlet's. article-named-outlets.ts reads such names only
 * where the tagger calls them persons, since organizations with an article ("Al-Shabaab", "Die
 * Linke") report and are cited too; being told a claim is what an outlet is, and a name the
 * gazetteer knows or one with a body's head word is left out.
 */
import type { NlpDocument } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { mentionTop } from './mention-top.ts';
import { opensWithArticle } from './article-named-outlets.ts';
import { lookupKnownName, organizationKindOfHead } from './gazetteer.ts';

/** Article-opened organization names of the text that someone tells a claim. */
export function toldArticleOrganizations(doc: NlpDocument): Set<string> {
  const names = new Set<string>();
  for (const s of doc.sentences) {
    const tree = DependencyTree.of(s);
    for (const m of s.entityMentions) {
      if (m.ner !== 'ORGANIZATION' || !opensWithArticle(s, m) || lookupKnownName(m.text)) continue;
      if (organizationKindOfHead(m.text.split(/\s+/).at(-1) ?? '')) continue;
      const top = mentionTop(tree, m.tokenBegin, m.tokenEnd);
      if (top === undefined || tree.head(top) === 0) continue;
      if (tree.relation(top) === 'obj' && tree.token(tree.head(top)).lemma === 'tell') names.add(m.text);
    }
  }
  return names;
}
