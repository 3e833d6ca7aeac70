/**
 * A one-word name that reports, quotes or is cited, never given a first name or title, is an
 * outlet's: "Rudaw reported that S", "Rudaw quoted a commander as saying S", "according to Rudaw",
 * "S, Excelsior reports" (the tagger calls the unknown name a person or an organization of no kind).
 * News names a person in full before the surname alone ("Sam Kellner … Kellner reported that S"
 * stays a person), so a lone name is no person's; the gazetteer's institutions and names with a
 * body's head word ("Acme Corp", "Harlow University") are left out.
 */
import type { NlpDocument, NlpSentence } from '../nlp/types.ts';
import { lookupKnownName, organizationKindOfHead } from './gazetteer.ts';

const REPORTING_LEMMA = /^(?:report|quote)$/;

function reportsOrIsCited(s: NlpSentence, index: number): boolean {
  return s.dependencies.some((d) => {
    if (d.dependent !== index) return false;
    const governor = s.tokens[d.governor - 1];
    if (d.dep === 'nsubj' && governor && REPORTING_LEMMA.test(governor.lemma)) return true;
    // "according to Rudaw": "according" hangs on the name as its case marker.
    return s.dependencies.some((c) => c.governor === index && c.dep === 'case' && /^according$/i.test(s.tokens[c.dependent - 1].word));
  });
}

/** One-word names of the article that report, quote or are cited and are no person's. */
export function loneReportingNames(doc: NlpDocument): Set<string> {
  const mentions = doc.sentences.flatMap((s) => s.entityMentions.map((m) => ({ s, m })));
  const longerPerson = (word: string) =>
    mentions.some(({ m }) => m.ner === 'PERSON' && m.text !== word && m.text.split(/\s+/).includes(word));
  const names = new Set<string>();
  for (const { s, m } of mentions) {
    if (!/^(?:PERSON|ORGANIZATION)$/.test(m.ner) || m.tokenEnd - m.tokenBegin !== 1 || !/^NNP/.test(s.tokens[m.tokenBegin - 1].pos))
      continue;
    const before = s.tokens[m.tokenBegin - 2];
    if (before && (before.ner === 'TITLE' || /^NNP/.test(before.pos))) continue;
    const known = lookupKnownName(m.text);
    if ((known && known.kind !== 'MEDIA') || organizationKindOfHead(m.text) || longerPerson(m.text)) continue;
    if (reportsOrIsCited(s, m.tokenBegin)) names.add(m.text);
  }
  return names;
}
