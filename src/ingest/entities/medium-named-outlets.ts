/**
 * A name right after a medium's noun is an outlet's: "The state news agency Belta said S", "state
 * broadcaster ORT", "the newspaper Diario Libre" (the tagger calls the unknown name a person or an
 * organization of no kind). "agency" counts after "news", "wire" or "press" only. So is an
 * organization's name right before such a noun, which the name modifies: "the Varnak news agency
 * reported", "Al-Qamar television said", "Varesh Weekly magazine"; and a name closing on "News Agency"
 * (gazetteer heads would make "Agency" a government body's: organization-kinds.ts).
 */
import type { NlpDocument, NlpSentence } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { MEDIUM_NOUN } from './media-words.ts';
import { mentionTop } from './mention-top.ts';
import { typeOfNer } from './ner-types.ts';

/**
 * Nouns of a medium that an organization's name modifies only when it is that medium's: "website",
 * "network", "channel" and "station" are left out ("the Heritage Foundation website", "a YouTube
 * channel", "a CIA station"), as is "paper" ("a White House briefing paper"); the noun is lowercase
 * ("Apple TV" is a product) and heads its phrase ("an NRA television ad" is an ad). On PolNeAR
 * train's 840 parses 11 organization mentions take the shape, 10 of them outlets ("Time magazine",
 * "the national Asahi newspaper", "the Reuters news agency", "New York magazine"), one a city ("a
 * Baton Rouge newspaper"); a name tagged a place elsewhere in the text is left to the place.
 */
const MEDIUM_AFTER = /^(?:newspaper|daily|tabloid|magazine|television)$/;
const AGENCY_KIND = /^(?:news|wire|press)$/i;

function beforeMediumNoun(sentence: NlpSentence, begin: number, end: number): boolean {
  const tree = DependencyTree.of(sentence);
  const top = mentionTop(tree, begin, end);
  if (top === undefined || tree.relation(top) !== 'compound') return false;
  const noun = tree.head(top);
  const word = tree.token(noun).word;
  const agency = word === 'agency' && tree.children(noun, 'compound').some((c) => AGENCY_KIND.test(tree.token(c).word));
  return (agency || MEDIUM_AFTER.test(word)) && tree.relation(noun) !== 'compound';
}

/** The names of the article's entity mentions that follow a medium's noun, or that an organization's name gives before one. */
export function mediumNamedOutlets(doc: NlpDocument): Set<string> {
  const names = new Set<string>();
  // "New York magazine … in New York": a place's name before the noun stays the place's.
  const places = new Set(doc.sentences.flatMap((s) => s.entityMentions.filter((m) => typeOfNer(m.ner) === 'Place').map((m) => m.text)));
  for (const s of doc.sentences)
    for (const m of s.entityMentions) {
      // "the semi-official Fars news agency": the tagger may take the name for a plural noun.
      if (m.ner === 'ORGANIZATION' && !places.has(m.text) && beforeMediumNoun(s, m.tokenBegin, m.tokenEnd)) names.add(m.text);
      if (!/^(?:PERSON|ORGANIZATION|MISC)$/.test(m.ner) || !/^NNP/.test(s.tokens[m.tokenBegin - 1].pos)) continue;
      const noun = s.tokens[m.tokenBegin - 2]?.word ?? '';
      const before = s.tokens[m.tokenBegin - 3]?.word ?? '';
      if (MEDIUM_NOUN.test(noun) || (/^agency$/i.test(noun) && AGENCY_KIND.test(before))) names.add(m.text);
    }
  return names;
}
