/**
 * A speaker named by a common noun phrase in a verb's object ("citing an unnamed EU official", "quoted
 * the minister as saying"), which the source resolver leaves out: it reads subjects, not objects.
 */
import { organizationKindOfHead } from '../../entities/gazetteer.ts';
import { isListedPeopleOrBodyWord } from '../model/people-words.ts';
import type { ResolvedSource } from '../sources/sources.ts';
import type { DependencyTree } from '../tree.ts';

/** The phrase headed by `token` as written ("an unnamed EU official", "two diplomats familiar with the talks"), when its head is a person, group or body. */
export function speakerPhrase(text: string, tree: DependencyTree, token: number): ResolvedSource | undefined {
  const head = tree.token(token);
  // People and bodies, not what they wrote ("citing a report by …": that report's author is not named here).
  if (!/^NNS?$/.test(head.pos) || !isListedPeopleOrBodyWord(head.word)) return undefined;
  const span = tree.span(tree.subtree(token, (e) => /^(acl:relcl|appos|punct|parataxis|ccomp|advcl|conj|cc|dep)$/.test(e.dep)));
  if (!span) return undefined;
  const phrase = text.slice(span.start, span.end);
  const institution = head.pos === 'NN' && organizationKindOfHead(head.word) !== undefined;
  return { mention: { ...span, text: phrase }, name: phrase, aliases: [], type: institution ? 'ORGANIZATION' : 'GROUP', resolved: false };
}
