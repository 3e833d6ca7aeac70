/**
 * "The Post quoted a party official as saying that S": PolNeAR marks one attribution there, the
 * outlet's, with "quoted" its cue and "a party official as saying that S" its content. The "as
 * saying" under the quoting verb is read on its own too, and given the outlet as speaker; it is the
 * quoted person's saying, carried inside the outlet's, so it gives way when the quoting is read.
 * (The annotation stage makes the quoted person the claimant of S: annotation/quoted-as-saying.ts.)
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { DependencyTree } from '../tree.ts';

interface Reading {
  sentence: number;
  cue: { token: number; lemma: string };
}

/** `kept` without the "as saying" readings under a kept reading of "quoted X". */
export function withoutQuotedSayings<A extends Reading>(doc: NlpDocument, kept: A[]): A[] {
  const underQuoting = (a: A) => {
    const tree = DependencyTree.of(doc.sentences[a.sentence]);
    const saying = a.cue.token;
    if (a.cue.lemma !== 'say' || tree.token(saying).pos !== 'VBG' || tree.relation(saying) !== 'advcl') return false;
    if (!tree.children(saying, /^(case|mark)$/).some((m) => m < saying && /^as$/i.test(tree.token(m).word))) return false;
    const quoting = tree.head(saying);
    return kept.some((q) => q.sentence === a.sentence && q.cue.token === quoting && q.cue.lemma === 'quote');
  };
  return kept.filter((a) => !underQuoting(a));
}
