/**
 * Whether the text treats a name the tagger calls PERSON as a person's: some mention of it has a
 * title or a first name before it ("Mr. Tarnov", "Senator Ruth Calder"), or a longer person's name
 * holds its last word ("Hillary Clinton" for "Clinton"). News names a person so before the surname
 * alone; the rules that read a lone PERSON name as something else leave these names alone.
 */
import type { NlpDocument } from '../nlp/types.ts';

export function personNameTest(doc: NlpDocument): (name: string) => boolean {
  const persons = doc.sentences.flatMap((s) => s.entityMentions.filter((m) => m.ner === 'PERSON').map((m) => ({ s, m })));
  return (name: string) => {
    const last = name.split(/\s+/).at(-1)!;
    return persons.some(({ s, m }) => {
      const before = s.tokens[m.tokenBegin - 2];
      const introduced = m.text === name && before !== undefined && (before.ner === 'TITLE' || /^NNP/.test(before.pos));
      return introduced || (m.text !== name && m.text.split(/\s+/).includes(last));
    });
  };
}
