/** Whether a token names people: a person's name, a personal pronoun, or a noun for people ("lawyers", "the coach", "reporters"). */
import { isGroupNoun, isPersonRole } from '../../entities/gazetteer.ts';
import { namesPeople } from '../model/noun-classes.ts';
import type { DependencyTree } from '../tree.ts';

const PERSONAL_PRONOUNS = new Set(['i', 'me', 'we', 'us', 'you', 'he', 'him', 'she', 'her', 'they', 'them']);

export function namesPeopleToken(tree: DependencyTree, i: number): boolean {
  const t = tree.token(i);
  if (t.ner === 'PERSON') return true;
  if (t.pos === 'PRP') return PERSONAL_PRONOUNS.has(t.word.toLowerCase());
  if (!/^NNS?$/.test(t.pos)) return false;
  return isPersonRole(t.lemma.toLowerCase()) || isGroupNoun(t.word.toLowerCase()) || namesPeople(t.lemma);
}
