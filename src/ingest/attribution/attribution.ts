/** What attribute() hands back for each attribution, and the options it takes. */
import type { FoundAttribution, TextSpan } from './find.ts';
import type { CueLexicon } from './model/lexicon.ts';
import type { PronounOptions, ResolvedSource } from './sources/sources.ts';
import type { ClaimModel } from './filters/claim-check.ts';

export interface Attribution extends FoundAttribution {
  claimants: ResolvedSource[];
  /** Outlets that carried it, nearest first ("told the Guardian"; ", Reuters reports"). */
  via: ResolvedSource[];
  /** A quotation credited to the previous speaker, with no cue of its own. */
  continued?: boolean;
  /** How its outlet was named: after the claim, closing the sentence (", Reuters reports."), or before it. */
  credit?: 'closing' | 'inline';
  /** "Reuters quoted her as saying S": the one the quoted pronoun stands for. */
  quoted?: ResolvedSource;
}

export interface AttributeOptions {
  lexicon?: CueLexicon;
  /** Whether a named source is a news outlet (then it carries rather than claims). */
  isOutlet?: (source: ResolvedSource) => boolean;
  /** Whether a named source is an office whose readouts carry what people said ("Putin told Macron S, the Kremlin said"). */
  isReadoutOffice?: (source: ResolvedSource) => boolean;
  /** Character ranges attributions may come from (the article body); all text when absent. */
  within?: TextSpan[];
  /** The pronoun ranker to use (default: pronoun-model.json), or a hook to learn it. */
  pronouns?: PronounOptions;
  /** The claim check's model (default: claim-model.json; null keeps every claim). */
  claims?: ClaimModel | null;
}
