/**
 * A name given right after "known as", "nicknamed" or "dubbed" names what that participle modifies
 * and takes its type, whatever the tagger guessed: "Ramon Velarde, known as El Toro, told the court
 * S" (a person: the tagger said LOCATION), "a rebel group known as Kessar Hadid" (an organization:
 * the tagger said PERSON), "a village known as Darvesh Kalan" (a place). Invented names. On PolNeAR
 * train's 840 parses it retypes one mention (an armed group's name the tagger said PERSON of, now an
 * Organization); the others there (a nickname of a person, a town, a group's other name) keep the
 * type they had.
 */
import type { NlpDocument } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { isPersonRole } from './gazetteer.ts';
import { typeOfNer } from './ner-types.ts';
import type { EntityType } from './registry.ts';

/** Nouns of one person that are not a role of the gazetteer's: "the smuggler, known as …". */
const PERSON_NOUN = /^(?:man|woman|boy|girl|smuggler|trafficker|dealer|kingpin|boss|gunman|hitman|fighter|militant)$/i;
const BODY_NOUN = /^(?:group|organization|organisation|militia|movement|faction|gang|cartel|party|network|brigade|front)$/i;
const PLACE_NOUN =
  /^(?:town|village|city|place|area|district|neighborhood|neighbourhood|region|province|camp|island|suburb|hamlet|settlement)$/i;

/** The type each name given after "known as" / "nicknamed" / "dubbed" takes from what it names. */
export function knownAsTypes(doc: NlpDocument): Map<string, EntityType> {
  const types = new Map<string, EntityType>();
  for (const s of doc.sentences) {
    const tree = DependencyTree.of(s);
    for (const m of s.entityMentions) {
      const before = s.tokens[m.tokenBegin - 2];
      const known = before?.word === 'as' ? s.tokens[m.tokenBegin - 3] : before;
      if (!known || !/^(?:known|nicknamed|dubbed)$/i.test(known.word) || (known === before && before.word === 'known')) continue;
      if (tree.relation(known.index) !== 'acl') continue;
      const head = tree.head(known.index);
      const owner = s.entityMentions.find((o) => o !== m && head >= o.tokenBegin && head < o.tokenEnd);
      const noun = tree.token(head).word;
      const type = owner
        ? typeOfNer(owner.ner)
        : isPersonRole(noun) || PERSON_NOUN.test(noun)
          ? 'Person'
          : BODY_NOUN.test(noun)
            ? 'Organization'
            : PLACE_NOUN.test(noun)
              ? 'Place'
              : undefined;
      if (type) types.set(m.text, type);
    }
  }
  return types;
}
