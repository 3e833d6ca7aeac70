/**
 * "Chef and owner Daniel Okafor said", "says longtime resident and retired nurse Ann Cole": two
 * descriptions joined by "and" written straight before a person's name, with no comma or article
 * between. The parser makes the first description's noun the subject and the name a second conjunct,
 * so the description became a claimant of its own beside the person, and a later "he" could find it.
 * The person is the one who spoke.
 */
import type { DependencyTree } from '../tree.ts';
import type { NameMention } from './name-mentions.ts';

/** The person a description run into a name stands for, when `noun` is that description's noun ("chef and owner Daniel Okafor"). */
export function runInName(tree: DependencyTree, names: NameMention[], noun: number, sentence: number): NameMention | undefined {
  const conjunct = describedConjunct(tree, noun);
  if (conjunct === undefined) return undefined;
  const token = tree.token(conjunct);
  return names.find((n) => n.sentence === sentence && n.type === 'PERSON' && n.start <= token.start && token.end <= n.end);
}

/**
 * The conjunct after "and" that is one person described twice over: the first conjunct a bare
 * singular noun ("chef", "longtime resident": no article or possessor, so no one of its own), the
 * second lowercase description words and then the person's name, nothing set off by a comma.
 * "The mayor and city manager Tom Baker" are two people and are left alone.
 */
export function describedConjunct(tree: DependencyTree, noun: number): number | undefined {
  if (tree.token(noun).pos !== 'NN' || tree.child(noun, /^(det|nmod:poss|nummod)$/) !== undefined) return undefined;
  if (!/^and$/i.test(tree.token(noun + 1)?.word ?? '')) return undefined;
  for (const conjunct of tree.children(noun, 'conj')) {
    if (tree.token(conjunct).ner !== 'PERSON' || !/^NNP$/.test(tree.token(conjunct).pos)) continue;
    const words = [...Array(conjunct - noun - 1).keys()].map((k) => tree.token(noun + 2 + k));
    const nameAt = words.findIndex((w) => w.ner === 'PERSON' && /^NNP/.test(w.pos));
    const description = words.slice(0, nameAt);
    const name = words.slice(nameAt);
    if (nameAt < 1 || !description.some((w) => w.pos === 'NN')) continue;
    if (!description.every((w) => /^[a-z]/.test(w.word) && /^(NN|JJ|VBN)/.test(w.pos))) continue;
    if (name.every((w) => w.ner === 'PERSON' && /^NNP/.test(w.pos))) return conjunct;
  }
  return undefined;
}
