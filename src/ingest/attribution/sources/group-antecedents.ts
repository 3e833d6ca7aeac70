/**
 * The people a "they" (no other pronoun) stands for when no name before it does: the latest subject, in its sentence
 * before it or in the sentence before, that is a plural common noun whose first or second WordNet
 * sense is a person or a group ("Night-shift nurses gathered outside the hospital. They argue S";
 * "bus companies", "unions": train 1 more right, 1 fewer wrong, 1 more unmatched). Such groups
 * are no names (name-mentions.ts), so the pronoun rules see them only once the group has spoken.
 * Not a party's members as a proper noun ("Republicans", NNPS): on PolNeAR train, in a wider version
 * of this rule, such subjects gave 1 right claimant, 5 wrong and 4 readings matching nothing.
 * Where the rules picked one person or organization (a "they" for one name names nobody), only a
 * group subject after that name ("Ana Ruiz met the miners. Union stewards left early. They said S"),
 * and not a bare "the" + noun ("the leaders"), itself standing for a group named before: train
 * gained 8 right claimants for none wrong (any group subject, as far back: 9 right, but dev 2 more wrong).
 */
import type { NlpDocument, NlpToken } from '../../nlp/types.ts';
import type { TextSpan } from '../../text/spans.ts';
import { namesPeople } from '../model/people-words.ts';
import { DependencyTree, isPunct } from '../tree.ts';
import { descriptionName } from './described-names.ts';
import type { SourceType } from './name-mentions.ts';

/** What a group's phrase leaves out: clauses, appositions, conjuncts and phrases hung on it. */
const OUTSIDE_PHRASE = /^(acl|acl:relcl|appos|punct|conj|cc|parataxis|nmod|dep)$/;

export function pluralPeopleSubject(
  doc: NlpDocument,
  text: string,
  pronoun: NlpToken,
  sentence: number,
  /** The one name the rules picked, which the group must follow. */
  picked?: TextSpan,
): { name: string; aliases: string[]; type: SourceType } | undefined {
  if (!/^they$/i.test(pronoun.word)) return undefined;
  for (const s of [sentence, sentence - 1]) {
    if (s < 0) continue;
    const tree = DependencyTree.of(doc.sentences[s]);
    for (let i = s === sentence ? pronoun.index - 1 : tree.size; i >= 1; i--) {
      const t = tree.token(i);
      if (picked && t.start < picked.end) return undefined;
      if (!/^nsubj/.test(tree.relation(i)) || t.pos !== 'NNS' || !namesPeople(t.lemma)) continue;
      const phrase = tree.subtree(i, (e) => OUTSIDE_PHRASE.test(e.dep)).filter((j) => !isPunct(tree.token(j)));
      if (picked && phrase.length === 2 && /^the$/i.test(tree.token(phrase[0]).word)) return undefined;
      const name = descriptionName(text.slice(tree.token(phrase[0]).start, tree.token(phrase.at(-1)!).end));
      return { name, aliases: [], type: 'GROUP' };
    }
  }
  return undefined;
}
