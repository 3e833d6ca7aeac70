/**
 * The attribution stage: parsed text in, attributions out, each with its content spans, its cue and
 * its resolved source. Attributions whose source cannot be named are dropped: a claim with the wrong
 * speaker is worse than none.
 */
import type { NlpDocument } from '../nlp/types.ts';
import { CUE_LEXICON, type CueLexicon } from './lexicon.ts';
import { findAttributions, type FoundAttribution } from './find.ts';
import { SourceResolver, type ResolvedSource } from './sources.ts';

export type { FoundAttribution, TextSpan } from './find.ts';
export type { ResolvedSource, SourceType } from './sources.ts';

export interface Attribution extends FoundAttribution {
  claimant: ResolvedSource;
}

export function attribute(text: string, doc: NlpDocument, lexicon?: CueLexicon): Attribution[] {
  const resolver = new SourceResolver(text, doc, (lexicon ?? CUE_LEXICON).firstNames);
  const out: Attribution[] = [];
  for (const found of findAttributions(text, doc, lexicon)) {
    const claimant = resolver.resolve(found);
    if (claimant) out.push({ ...found, claimant });
  }
  return out;
}
