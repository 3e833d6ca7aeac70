/**
 * "A teacher found a comet in his garden, as reported by Space.com.": a name credited at the close of a
 * sentence with "as (first) reported by" is an outlet's, though neither NER nor the gazetteer knows it.
 * A person credited so ("as first reported by Jane Roe") is a journalist and left alone, as are the
 * gazetteer's other bodies and names with a body's head word ("as reported by Acme Corp").
 */
import type { NlpDocument } from '../nlp/types.ts';
import { lookupKnownName, organizationKindOfHead } from './gazetteer.ts';

const CREDIT_LEAD = /^,\s+as\s+(?:(?:first|originally|previously|earlier)\s+)?reported\s+by\s+(?:the\s+)?$/i;

/** The names credited by a closing "as reported by". */
export function asReportedNames(doc: NlpDocument, text: string): Set<string> {
  const names = new Set<string>();
  for (const s of doc.sentences) {
    let last = s.tokens.length - 1;
    while (last >= 0 && !/^\w/.test(s.tokens[last].word)) last--;
    if (last < 1) continue;
    let first = last;
    while (first > 0 && /^NNP/.test(s.tokens[first - 1].pos) && /^\p{Lu}/u.test(s.tokens[first - 1].word)) first--;
    const words = s.tokens.slice(first, last + 1);
    if (!words.every((t) => /^NNP/.test(t.pos) && /^\p{Lu}/u.test(t.word) && t.ner !== 'PERSON')) continue;
    const before = text.slice(s.tokens[0].start, words[0].start);
    if (!CREDIT_LEAD.test(before.slice(before.lastIndexOf(',')))) continue;
    const name = text.slice(words[0].start, words.at(-1)!.end);
    const known = lookupKnownName(name);
    if ((known && known.kind !== 'MEDIA') || organizationKindOfHead(name.split(/\s+/).at(-1)!)) continue;
    names.add(name);
  }
  return names;
}
