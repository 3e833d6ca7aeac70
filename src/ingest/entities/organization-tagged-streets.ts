/**
 * A name the tagger calls ORGANIZATION that a road or square word closes or a foreign street or square
 * word opens, around a name of two words or more, is the place: "supporters on Habib Bourguiba
 * Avenue", "along Mohammed V Avenue", "a rally at the Plaza de Oriente" (the tagger reads the honoured
 * person's name, or the Spanish words, as a body's). A
 * one-word street name the tagger calls an organization stands for the people there ("blamed Wall
 * Street for the crash", "Downing Street said"): every such name on PolNeAR train's 840 texts (5, all
 * Wall Street) is the banks.
 */
import type { NlpDocument } from '../nlp/types.ts';

const ROAD_LAST = /^(?:Street|Avenue|Boulevard|Road|Highway|Expressway|Parkway|Square)$/;
const STREET_FIRST = /^(?:Rue|Avenida|Calle|Boulevard|Plaza|Piazza|Praça)$/;

/** Names tagged ORGANIZATION, three words or more, that name a road or a square. */
export function organizationTaggedStreets(doc: NlpDocument): Set<string> {
  const roads = new Set<string>();
  for (const s of doc.sentences)
    for (const m of s.entityMentions) {
      if (m.ner !== 'ORGANIZATION' || m.tokenEnd - m.tokenBegin < 3) continue;
      if (ROAD_LAST.test(s.tokens[m.tokenEnd - 2].word) || STREET_FIRST.test(s.tokens[m.tokenBegin - 1].word)) roads.add(m.text);
    }
  return roads;
}
