/**
 * "The Post quoted a party official as saying that S": PolNeAR marks one attribution there, the
 * outlet's, with "quoted" its cue and "a party official as saying that S" its content. The "as
 * saying" under the quoting verb is read on its own too, and given the outlet as speaker; it is the
 * quoted person's saying, carried inside the outlet's, so it gives way when the quoting is read.
 * (The annotation stage makes the quoted person the claimant of S: annotation/quoted-as-saying.ts.)
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { quotedSayings } from '../frames/quoted-as-saying.ts';
import { DependencyTree } from '../tree.ts';

interface Reading {
  sentence: number;
  cue: { token: number; lemma: string };
}

/** `kept` without the "as saying" readings under a kept reading of "quoted X". */
export function withoutQuotedSayings<A extends Reading>(doc: NlpDocument, kept: A[]): A[] {
  const carried = new Set<string>();
  for (const q of kept) {
    if (q.cue.lemma !== 'quote') continue;
    const tree = DependencyTree.of(doc.sentences[q.sentence]);
    for (const s of quotedSayings(tree, q.cue.token)) carried.add(`${q.sentence}:${s.saying}`);
  }
  return kept.filter((a) => a.cue.lemma !== 'say' || !carried.has(`${a.sentence}:${a.cue.token}`));
}
