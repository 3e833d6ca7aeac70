/**
 * "Rebels in Dornach say they planted the mines, the BBC reports, while the army blames smugglers": an
 * outlet's credit set between commas before a conjoined clause closes the part of the sentence before
 * it, as it would close the sentence. On train no credit stands so (PolNeAR predictions unchanged);
 * Newser-style summaries write it.
 */
import type { NlpToken } from '../../nlp/types.ts';

/** Conjunctions that open a clause of the sentence's own after the credit. */
const CONJUNCTION = /^(while|but|and|whereas|though|although|yet)$/i;

/** The comma at `i` ends a credit before a conjoined clause (", while …", ", but …"). */
export function beforeConjoinedClause(tokens: NlpToken[], i: number): boolean {
  return tokens[i].word === ',' && CONJUNCTION.test(tokens[i + 1]?.word ?? '');
}
