/**
 * One-word names that the verb they govern shows to be plural: "Millennials say", "Millennials have
 * reached a consensus". The tagger calls such a word PERSON and, at the start of a sentence, tags it
 * NNP rather than NNPS, so plural-names.ts misses it; a person's name takes "says" and "has". Only a
 * word ending in "s" that is the subject on its own (no "Obama and Clinton say") and is no surname the
 * text gave a first name or a title (person-names.ts) is taken.
 */
import type { NlpDocument } from '../nlp/types.ts';
import { personNameTest } from './person-names.ts';

/** The PERSON-tagged one-word names of the article that are a plural verb's lone subject. */
export function pluralSubjectNames(doc: NlpDocument): Set<string> {
  const isPersonName = personNameTest(doc);
  const out = new Set<string>();
  for (const s of doc.sentences)
    for (const m of s.entityMentions) {
      if (m.ner !== 'PERSON' || m.tokenEnd - m.tokenBegin !== 1) continue;
      const token = s.tokens[m.tokenBegin - 1];
      // "Jason Sims … Sims have": a surname the text gave a first name or a title is a person's, whatever the parse.
      if (!/[^s']s$/.test(token.word) || isPersonName(m.text)) continue;
      const subject = s.dependencies.find((d) => d.dependent === token.index && (d.dep === 'nsubj' || d.dep === 'nsubj:pass'));
      if (!subject || subject.governor === 0 || s.dependencies.some((d) => d.governor === token.index && d.dep === 'conj')) continue;
      const verb = s.tokens[subject.governor - 1];
      const auxiliaries = s.dependencies
        .filter((d) => d.governor === verb.index && /^aux/.test(d.dep))
        .map((d) => s.tokens[d.dependent - 1]);
      // "Millennials have reached": the agreeing word is the first auxiliary when there is one.
      const agreeing = auxiliaries.length ? auxiliaries.sort((a, b) => a.index - b.index)[0] : verb;
      // VBP, the present that agrees only with a plural (or "I", "you"): "say", "have", "are".
      if (agreeing.pos === 'VBP') out.add(m.text);
    }
  return out;
}
