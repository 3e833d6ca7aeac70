/**
 * "X told Heraldo de Aragón that S", "told Diario de Sevilla": a name the tagger calls a person, told a
 * claim, whose first word is a newspaper's masthead word, is the outlet spoken to. No one's given name is
 * "Herald" or "Diario", so the first word decides; a person named like "Emily Post" keeps her type.
 */
import { mentionTop } from './mention-top.ts';
import { MASTHEAD_WORD } from './media-words.ts';
import { FOREIGN_MASTHEAD_WORDS } from './foreign-mastheads.ts';
import { lookupKnownName } from './gazetteer.ts';
import type { SentenceListeners } from './told-listeners.ts';

const FOREIGN_MASTHEAD = new Set(FOREIGN_MASTHEAD_WORDS);

/** Person-tagged names of the text that open with a masthead word and are told a claim. */
export function toldMastheadPersons(told: SentenceListeners[]): Set<string> {
  const names = new Set<string>();
  for (const { sentence, tree, listeners } of told)
    for (const m of sentence.entityMentions) {
      const first = m.text.split(/\s+/)[0];
      if (m.ner !== 'PERSON' || !/\s/.test(m.text) || lookupKnownName(m.text)) continue;
      if (!MASTHEAD_WORD.test(first) && !FOREIGN_MASTHEAD.has(first)) continue;
      const top = mentionTop(tree, m.tokenBegin, m.tokenEnd);
      if (top !== undefined && listeners.has(top)) names.add(m.text);
    }
  return names;
}
