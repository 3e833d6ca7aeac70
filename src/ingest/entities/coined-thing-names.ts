/**
 * One-word names the tagger calls a person or a place that the article uses for a thing, not anyone
 * who could be a node of the graph: a policy coined from a name ("Obamacare", "Trumpcare", "Brexit",
 * "Grexit") or a disease named by the noun it modifies ("the Zika virus", "an Ebola outbreak"). The
 * 3-class NER model has no MISC tag for them. A name the text also treats as a person's (a title or a
 * first name before it: person-names.ts) is left alone, so "Sen. Bill Medicare" would stay a person.
 */
import type { NlpDocument } from '../nlp/types.ts';
import { personNameTest } from './person-names.ts';

/** "Obamacare", "Romneycare", "Brexit", "Grexit": a name fused with the policy's word. */
const POLICY_COINAGE = /^[A-Z][a-z]+(?:care|xit)$/;
/** Whether a name is a policy coined from a name ("Obamacare", "Brexit"): it names nobody who could speak. */
export function isPolicyCoinage(name: string): boolean {
  return POLICY_COINAGE.test(name);
}

/** The nouns a disease's name modifies ("Zika virus", "Ebola outbreak", "Zika cases" is too loose: "Trump cases"). */
const DISEASE_NOUNS = new Set([
  'virus',
  'viruses',
  'outbreak',
  'outbreaks',
  'epidemic',
  'pandemic',
  'infection',
  'infections',
  'vaccine',
  'vaccines',
]);

/** The one-word PERSON or LOCATION names of the article that name a policy or a disease. */
export function coinedThingNames(doc: NlpDocument): Set<string> {
  const isPersonName = personNameTest(doc);
  const diseases = new Set<string>();
  for (const s of doc.sentences)
    for (const d of s.dependencies) {
      if (d.dep !== 'compound' || d.governor === 0) continue;
      const head = s.tokens[d.governor - 1];
      if (DISEASE_NOUNS.has(head.word.toLowerCase()) && /^NN/.test(head.pos)) diseases.add(s.tokens[d.dependent - 1].word);
    }
  const out = new Set<string>();
  for (const s of doc.sentences)
    for (const m of s.entityMentions) {
      if (m.tokenEnd - m.tokenBegin !== 1 || (m.ner !== 'PERSON' && m.ner !== 'LOCATION')) continue;
      if ((isPolicyCoinage(m.text) || diseases.has(m.text)) && !isPersonName(m.text)) out.add(m.text);
    }
  return out;
}
