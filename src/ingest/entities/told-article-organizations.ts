/**
 * "X told Der Standard that S": a name the tagger calls an organization, opening with another
 * language's article and told a claim, is an outlet's. article-named-outlets.ts reads such names only
 * where the tagger calls them persons, since organizations with an article ("Al-Shabaab", "Die
 * Linke") report and are cited too; being told a claim is what an outlet is, and a name the
 * gazetteer knows or one with a body's head word is left out.
 */
import { mentionTop } from './mention-top.ts';
import { opensWithArticle } from './article-named-outlets.ts';
import { lookupKnownName, organizationKindOfHead } from './gazetteer.ts';
import type { SentenceListeners } from './told-listeners.ts';

/** Article-opened organization names of the text that someone tells a claim (as its object). */
export function toldArticleOrganizations(told: SentenceListeners[]): Set<string> {
  const names = new Set<string>();
  for (const { sentence, tree, listeners } of told)
    for (const m of sentence.entityMentions) {
      if (m.ner !== 'ORGANIZATION' || !opensWithArticle(sentence, m) || lookupKnownName(m.text)) continue;
      if (organizationKindOfHead(m.text.split(/\s+/).at(-1) ?? '')) continue;
      const top = mentionTop(tree, m.tokenBegin, m.tokenEnd);
      if (top !== undefined && listeners.get(top) === 'obj') names.add(m.text);
    }
  return names;
}
