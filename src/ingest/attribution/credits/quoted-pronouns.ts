/**
 * "Reuters quoted her as saying S": whom the quoted pronoun stands for, resolved here, where the source
 * resolver knows the article's speakers, for the annotation stage to make that person the claimant
 * (annotation/quoted-as-saying.ts). Names and descriptions it reads itself.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { quotedSayings } from '../frames/quoted-as-saying.ts';
import type { FoundAttribution } from '../find.ts';
import type { ResolvedSource } from '../sources/sources.ts';
import { DependencyTree } from '../tree.ts';

export function resolveQuotedPronouns<A extends FoundAttribution & { quoted?: ResolvedSource }>(
  doc: NlpDocument,
  attributions: A[],
  resolve: (a: A, token: number) => ResolvedSource | undefined,
): void {
  for (const a of attributions) {
    if (a.cue.lemma !== 'quote') continue;
    const tree = DependencyTree.of(doc.sentences[a.sentence]);
    const quoted = quotedSayings(tree, a.cue.token)[0]?.quoted;
    if (quoted === undefined || tree.token(quoted).pos !== 'PRP') continue;
    const person = resolve(a, quoted);
    if (person?.resolved) a.quoted = person;
  }
}
