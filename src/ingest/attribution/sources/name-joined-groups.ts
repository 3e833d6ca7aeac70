/**
 * A plural people noun joined to a name by "and" in a subject ("Union president Marcus Bell and other
 * union officers met with the mayor. They said S"): the later "they" the rules pin on the one name
 * stands for the name and the group, not for the name alone, and not for no one. Reads the parse of
 * the name's sentence: the conjuncts of the name's head (or of the word it is a conjunct of), joined
 * by "and" (never "or"/"nor"), as the subject of their verb; a conjunct tagged NNS whose first or
 * second WordNet sense is a person or a group ("officers", "lawmakers", "unions") is the group.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { namesPeople } from '../model/people-words.ts';
import { DependencyTree, isPunct } from '../tree.ts';
import { descriptionName } from './described-names.ts';
import { spanHead } from './mention-heads.ts';
import type { NameMention } from './name-mentions.ts';

/** What a group's phrase leaves out: clauses, appositions, conjuncts and phrases hung on it. */
const OUTSIDE_PHRASE = /^(acl|acl:relcl|appos|punct|conj|cc|parataxis|nmod|dep)$/;

/** The people noun `mention` is joined with by "and" as a subject, as a GROUP mention; none if there is none. */
export function joinedGroup(doc: NlpDocument, text: string, mention: NameMention): NameMention | undefined {
  const sentence = doc.sentences[mention.sentence];
  const tree = DependencyTree.of(sentence);
  const head = spanHead(tree, sentence.tokens, mention);
  if (head === undefined) return undefined;
  const first = tree.relation(head) === 'conj' ? tree.head(head) : head;
  if (!/^nsubj/.test(tree.relation(first))) return undefined;
  const conjuncts = [first, ...tree.children(first, 'conj')];
  const joined = conjuncts.flatMap((g) => tree.children(g, 'cc')).map((c) => tree.token(c).word.toLowerCase());
  if (!joined.includes('and') || joined.some((w) => w === 'or' || w === 'nor')) return undefined;
  const group = conjuncts.find((g) => {
    const t = tree.token(g);
    return g !== head && t.pos === 'NNS' && namesPeople(t.lemma);
  });
  if (group === undefined) return undefined;
  const phrase = tree.subtree(group, (e) => OUTSIDE_PHRASE.test(e.dep)).filter((j) => !isPunct(tree.token(j)));
  const [start, end] = [tree.token(phrase[0]).start, tree.token(phrase.at(-1)!).end];
  return { sentence: mention.sentence, start, end, text: descriptionName(text.slice(start, end)), type: 'GROUP', subject: true };
}
