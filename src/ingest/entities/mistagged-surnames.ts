/**
 * A surname the tagger calls a place or an organization when it stands alone: "Michael Jordan sold
 * his stake. Jordan said S" gives the place "Jordan", "Coach Dana Ostrava … Ostrava said S" the
 * city, "Principal Tenzin Norbu … , Norbu says" an organization. A one-word place or organization
 * mention that ends a person's full name in the article and is a subject or an owner ("Jordan
 * said", "Jordan's lawyer") is that person; "in Jordan", "to Jordan" stay places. On PolNeAR train's
 * 840 parses 106 organization-tagged mentions have the shape, nearly all people's ("Trump's
 * campaign", "Bloomberg says", "Sperry writes").
 */
import type { NlpDocument, NlpEntityMention } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';

const MISTAKEN_NER = /^(?:COUNTRY|LOCATION|STATE_OR_PROVINCE|CITY|ORGANIZATION)$/;
const PERSON_ROLE = /^(?:nsubj|nsubj:pass|nmod:poss)$/;

/** The place- or organization-tagged mentions of the article that are the surname of a person it names in full. */
export function mistaggedSurnames(doc: NlpDocument): Set<NlpEntityMention> {
  const surnames = new Set(
    doc.sentences.flatMap((s) =>
      s.entityMentions.filter((m) => m.ner === 'PERSON' && m.tokenEnd - m.tokenBegin > 1).map((m) => m.text.split(/\s+/).at(-1)!),
    ),
  );
  const found = new Set<NlpEntityMention>();
  for (const s of doc.sentences)
    for (const m of s.entityMentions) {
      if (!MISTAKEN_NER.test(m.ner) || m.tokenEnd - m.tokenBegin !== 1 || !surnames.has(m.text)) continue;
      if (PERSON_ROLE.test(DependencyTree.of(s).relation(m.tokenBegin))) found.add(m);
    }
  return found;
}
