/**
 * A one-word name the tagger calls PERSON that a military operation is aimed at: "Troops launched
 * an offensive on Marjeh", "the assault on Dabrik", "the battle for Harzan", "a push into Kessrin",
 * "the siege of Orvanto". Each noun counts with its own prepositions only ("a push for X", "the
 * battle of ideas" do not). A person is aimed at by "attack" and "raid", which are left out, and a
 * name some longer person's name ends with ("Tom Brisbane … an offensive against Brisbane") stays.
 */
import type { NlpDocument, NlpSentence } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { wordTable } from '../text/own-entries.ts';

const AIMED_AT = wordTable<RegExp>({
  offensive: /^(?:on|against|in|into|toward|towards)$/,
  counteroffensive: /^(?:on|against|in|into|toward|towards)$/,
  assault: /^(?:on|against)$/,
  siege: /^(?:of|on)$/,
  battle: /^(?:for)$/,
  bombardment: /^(?:of|on)$/,
  shelling: /^(?:of|on)$/,
  push: /^(?:into|on|toward|towards)$/,
  advance: /^(?:on|into|toward|towards)$/,
  incursion: /^(?:into)$/,
  airstrikes: /^(?:on|against)$/,
  encirclement: /^(?:of)$/,
});

/** Whether the mention of tokens [begin, end) (1-based, end exclusive), one word, is what a military noun's operation is aimed at. */
export function isAttackedPlace(sentence: NlpSentence, begin: number, end: number): boolean {
  if (end - begin !== 1) return false;
  const tree = DependencyTree.of(sentence);
  const relation = tree.relation(begin);
  if (!/^(?:nmod|obl)$/.test(relation)) return false;
  // "launched an offensive on Marjeh": the parser may hang the target on the verb whose object is the noun.
  const noun = relation === 'nmod' ? tree.head(begin) : tree.child(tree.head(begin), 'obj');
  const prepositions = noun ? AIMED_AT.get(tree.token(noun).word.toLowerCase()) : undefined;
  const preposition = tree.child(begin, 'case');
  return !!prepositions && !!preposition && prepositions.test(tree.token(preposition).word.toLowerCase());
}

/** One-word PERSON names of the article that some mention shows to be a military operation's target. */
export function attackedPlaceNames(doc: NlpDocument): Set<string> {
  const persons = doc.sentences.flatMap((s) => s.entityMentions.filter((m) => m.ner === 'PERSON').map((m) => m.text));
  const names = new Set<string>();
  for (const s of doc.sentences)
    for (const m of s.entityMentions) if (m.ner === 'PERSON' && isAttackedPlace(s, m.tokenBegin, m.tokenEnd)) names.add(m.text);
  return new Set([...names].filter((n) => !persons.some((p) => p !== n && p.split(/\s+/).includes(n))));
}
