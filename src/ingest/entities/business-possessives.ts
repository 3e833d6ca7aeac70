/**
 * A business named by its founder's possessive, which the tagger calls PERSON: "Gamblers at
 * Tolliver's casino said the power went out". The name is a company's when every mention of it
 * owns such a noun; "Trump's hotel" beside "Trump said" stays a person. On train's 840 parses it
 * fires once, on a casino.
 */
import type { NlpDocument } from '../nlp/types.ts';

const BUSINESS_NOUN = /^(?:casinos?|hotels?|restaurants?|bar|diner|pub|store|shop|bakery|cafe|resort|steakhouse)$/i;

/** PERSON names each of whose mentions is followed by "'s" and a business noun. */
export function businessPossessiveNames(doc: NlpDocument): Set<string> {
  const owning = new Map<string, boolean>();
  for (const s of doc.sentences)
    for (const m of s.entityMentions) {
      if (m.ner !== 'PERSON') continue;
      const [mark, noun] = [s.tokens[m.tokenEnd - 1], s.tokens[m.tokenEnd]];
      const owns = /^['’]s?$/.test(mark?.word ?? '') && BUSINESS_NOUN.test(noun?.word ?? '');
      owning.set(m.text, (owning.get(m.text) ?? true) && owns);
    }
  return new Set([...owning].filter(([, owns]) => owns).map(([name]) => name));
}
