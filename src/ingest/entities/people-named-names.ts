/**
 * A name the tagger calls a place or an organization that only ever modifies nouns, one of them a
 * noun for a people, is that people, a Group: "militias attacked the Masalit people", "elders of the
 * Zaghawa tribe". The tagger reads an ethnic group's name as a place or a body; the noun after it says
 * what it is. A name the text also uses on
 * its own ("Darfur … the Darfur people") stays a place; one that only modifies nouns ("a Masalit
 * elder") does not. A name the tagger calls a person anywhere in the text is left alone: "the
 * Trump people" are a campaign's staff, not a people called Trump. On train's 840 parses, before
 * that guard, it retyped two names, "the Mitt Romney people" and "the Trump people", both wrong.
 */
import type { NlpDocument } from '../nlp/types.ts';
import { DependencyTree } from '../attribution/tree.ts';
import { mentionTop } from './mention-top.ts';

const PEOPLE_NOUN = /^(?:people|peoples|tribe|tribes|tribesmen|tribespeople|clan|clans)$/;

/**
 * LOCATION- or ORGANIZATION-tagged names that some mention writes before a noun for a people and every mention writes
 * before a common noun ("the Masalit people … a Masalit elder").
 */
export function peopleNamedNames(doc: NlpDocument): Set<string> {
  const modifying = new Map<string, boolean>();
  const peoples = new Set<string>();
  for (const s of doc.sentences) {
    const tree = s.dependencies.length ? DependencyTree.of(s) : undefined;
    for (const m of s.entityMentions) {
      if (m.ner !== 'LOCATION' && m.ner !== 'ORGANIZATION') continue;
      const top = tree && mentionTop(tree, m.tokenBegin, m.tokenEnd);
      const noun = top !== undefined && tree!.relation(top) === 'compound' ? tree!.token(tree!.head(top)) : undefined;
      modifying.set(m.text, (modifying.get(m.text) ?? true) && /^NNS?$/.test(noun?.pos ?? ''));
      if (noun && PEOPLE_NOUN.test(noun.word)) peoples.add(m.text);
    }
  }
  // "the Mitt Romney people", "the Trump people" (tagged ORGANIZATION there) are a campaign's staff.
  const personWords = new Set(
    doc.sentences.flatMap((s) => s.entityMentions.filter((m) => m.ner === 'PERSON').flatMap((m) => m.text.split(/\s+/))),
  );
  return new Set([...peoples].filter((name) => modifying.get(name) && !name.split(/\s+/).some((w) => personWords.has(w))));
}
