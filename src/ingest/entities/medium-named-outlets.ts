/**
 * A name right after a medium's noun is an outlet's: "The state news agency Belta said S", "state
 * broadcaster ORT", "the newspaper Diario Libre" (the tagger calls the unknown name a person or an
 * organization of no kind). "agency" counts after "news", "wire" or "press" only.
 */
import type { NlpDocument } from '../nlp/types.ts';
import { MEDIUM_NOUN } from './media-words.ts';

/** The names of the article's entity mentions that follow a medium's noun. */
export function mediumNamedOutlets(doc: NlpDocument): Set<string> {
  const names = new Set<string>();
  for (const s of doc.sentences)
    for (const m of s.entityMentions) {
      if (!/^(?:PERSON|ORGANIZATION|MISC)$/.test(m.ner) || !/^NNP/.test(s.tokens[m.tokenBegin - 1].pos)) continue;
      const noun = s.tokens[m.tokenBegin - 2]?.word ?? '';
      const before = s.tokens[m.tokenBegin - 3]?.word ?? '';
      if (MEDIUM_NOUN.test(noun) || (/^agency$/i.test(noun) && /^(?:news|wire|press)$/i.test(before))) names.add(m.text);
    }
  return names;
}
