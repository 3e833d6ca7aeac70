/**
 * A surname the tagger calls a place when it stands alone: "Michael Jordan sold his stake. Jordan
 * said S" gives the place "Jordan", "Coach Dana Ostrava … Ostrava said S" the city. A one-word place
 * mention that ends a person's full name in the article and is a subject or an owner ("Jordan
 * said", "Jordan's lawyer") is that person; "in Jordan", "to Jordan" stay places.
 */
import type { NlpDocument, NlpEntityMention } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';

const PLACE_NER = /^(?:COUNTRY|LOCATION|STATE_OR_PROVINCE|CITY)$/;
const PERSON_ROLE = /^(?:nsubj|nsubj:pass|nmod:poss)$/;

/** The place-tagged mentions of the article that are the surname of a person it names in full. */
export function placeTaggedSurnames(doc: NlpDocument): Set<NlpEntityMention> {
  const surnames = new Set(
    doc.sentences.flatMap((s) =>
      s.entityMentions.filter((m) => m.ner === 'PERSON' && m.tokenEnd - m.tokenBegin > 1).map((m) => m.text.split(/\s+/).at(-1)!),
    ),
  );
  const found = new Set<NlpEntityMention>();
  for (const s of doc.sentences)
    for (const m of s.entityMentions) {
      if (!PLACE_NER.test(m.ner) || m.tokenEnd - m.tokenBegin !== 1 || !surnames.has(m.text)) continue;
      if (PERSON_ROLE.test(DependencyTree.of(s).relation(m.tokenBegin))) found.add(m);
    }
  return found;
}
