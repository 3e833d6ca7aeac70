/**
 * A name the tagger calls PERSON that an appositive describes as a body is that body's, an
 * Organization: "Meteo, the national observatory's weather service, warned", "Kestrel, a Dutch
 * shipping company, said". The tagger calls a coined one-word name a person; the appositive's head
 * noun says what it is. A name the text gives a title or a first name (person-names.ts) stays a
 * person's, as does one whose appositive is a role ("Hale, the agency's director"). Nouns for a trade,
 * which name people too ("a retired letter carrier", "an Illinois shipping-supplies manufacturer"), and
 * a capitalised head ("a longtime Club for Growth donor", where the parser heads it on "Club") are left
 * out. On PolNeAR train's 840 parses it retypes three names, all bodies ("Al-Shabaab, the militant
 * group", "Robey Warshaw, a firm founded in 2014").
 */
import type { NlpDocument } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { mentionTop } from './mention-top.ts';
import { personNameTest } from './person-names.ts';

const BODY_NOUN =
  /^(?:service|agency|ministry|department|institute|observatory|authority|company|firm|corporation|group|party|union|foundation|association|organi[sz]ation|charity|bank|club|team|network|airline|startup|start-up|tank|watchdog|nonprofit|non-profit|regulator|automaker|carmaker|broadcaster|retailer|insurer|lender|coalition|alliance|consortium|conglomerate|university)$/;

/** PERSON names of the text that an appositive right after them calls a body. */
export function appositiveBodyNames(doc: NlpDocument): Set<string> {
  const isPersonName = personNameTest(doc);
  const names = new Set<string>();
  for (const s of doc.sentences) {
    const tree = DependencyTree.of(s);
    for (const m of s.entityMentions) {
      if (m.ner !== 'PERSON' || names.has(m.text) || isPersonName(m.text)) continue;
      const top = mentionTop(tree, m.tokenBegin, m.tokenEnd);
      if (top === undefined || s.tokens[m.tokenEnd - 1]?.word !== ',') continue;
      const appositive = tree.child(top, 'appos');
      if (appositive === undefined || appositive < m.tokenEnd) continue;
      const head = tree.token(appositive);
      if (/^NNS?$/.test(head.pos) && BODY_NOUN.test(head.word)) names.add(m.text);
    }
  }
  return names;
}
