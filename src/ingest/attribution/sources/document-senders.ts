/**
 * "A 2021 memo from an FDA reviewer warned that S", "A letter from the governor says S": a paper sent
 * from someone speaks for its sender, as a paper's "by" maker does (document-authors.ts). Only papers
 * that are written and sent, only as the cue's subject, and only a sender that is a name, people or a
 * body ("an email from the ministry"), not a place or a time ("a letter from prison", "notes from 2019").
 */
import { organizationKindOfHead } from '../../entities/gazetteer.ts';
import { namesPeople } from '../model/people-words.ts';
import type { DependencyTree } from '../tree.ts';

const SENT_PAPERS = new Set(['memo', 'memorandum', 'letter', 'email', 'e-mail', 'note', 'message', 'cable', 'fax', 'directive']);

/** The token naming the sender of the sent paper `source` that is the subject of cue `cue`. */
export function documentSender(tree: DependencyTree, source: number, cue: number): number | undefined {
  if (tree.relation(source) !== 'nsubj' || tree.head(source) !== cue || !/^NNS?$/.test(tree.token(source).pos)) return undefined;
  if (!SENT_PAPERS.has(tree.token(source).lemma.toLowerCase())) return undefined;
  for (const sender of tree.children(source, 'nmod')) {
    if (sender < source || !tree.hasCase(sender, 'from')) continue;
    const t = tree.token(sender);
    if (t.ner === 'LOCATION' || t.ner === 'CITY' || t.ner === 'COUNTRY' || /^(DATE|TIME|NUMBER)$/.test(t.ner)) continue;
    if (
      t.ner === 'PERSON' ||
      t.ner === 'ORGANIZATION' ||
      namesPeople(t.lemma.toLowerCase()) ||
      organizationKindOfHead(t.word) !== undefined
    )
      return sender;
  }
  return undefined;
}
