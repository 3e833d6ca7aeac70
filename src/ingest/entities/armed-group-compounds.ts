/**
 * A name the tagger calls PERSON that modifies a noun of armed men is the armed group's: "Boko Haram
 * fighters stormed the village", "Velmar Front gunmen". A leader's name does not stand that way
 * ("Gadhafi fighters" is rare, and a name given in full elsewhere, "Moammar Gadhafi", stays the
 * person's). On train's 840 parses no PERSON mention modifies one of these nouns.
 */
import type { NlpDocument } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';

const ARMED_MEN = /^(?:fighters|militants|gunmen|insurgents|jihadists)$/i;

/** Names tagged PERSON that some mention shows to be an armed group's. */
export function armedGroupNames(doc: NlpDocument): Set<string> {
  const persons = doc.sentences.flatMap((s) => s.entityMentions.filter((m) => m.ner === 'PERSON').map((m) => m.text));
  const names = new Set<string>();
  for (const s of doc.sentences) {
    const tree = DependencyTree.of(s);
    for (const m of s.entityMentions) {
      const next = s.tokens[m.tokenEnd - 1];
      if (m.ner !== 'PERSON' || !next || !ARMED_MEN.test(next.word)) continue;
      const modifies = tree.children(next.index, 'compound').some((d) => d >= m.tokenBegin && d < m.tokenEnd);
      const longer = persons.some((p) => p !== m.text && p.split(/\s+/).includes(m.text.split(/\s+/).at(-1)!));
      if (modifies && !longer) names.add(m.text);
    }
  }
  return names;
}
