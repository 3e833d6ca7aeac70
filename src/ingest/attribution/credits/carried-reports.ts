import type { NlpDocument } from '../../nlp/types.ts';
import type { Attribution } from '../attribution.ts';
import { holdsCue, type TextSpan } from '../find.ts';
import type { ResolvedSource } from '../sources/sources.ts';
import { contrastedReadings } from './contrasted-reports.ts';

/** The outlet's report covers `b`: b's cue is inside its content, or they share the sentence ("S, one official said, Reuters reports"). */
export function carries(
  carrier: Attribution,
  b: Attribution,
  isOutlet: (s: ResolvedSource) => boolean,
  isOffice: (s: ResolvedSource) => boolean,
  doc: NlpDocument,
): boolean {
  if (b.claimants.every(isOutlet) || contrastedReadings(doc, carrier, b)) return false;
  // An office's readout carries only what people said.
  if (!isOutlet(carrier.claimants[0]) && isOffice(carrier.claimants[0]) && !b.claimants.every((c) => c.type === 'PERSON')) return false;
  return holdsCue(carrier, b) || (carrier.sentence === b.sentence && carrier.frame !== 'ccomp');
}

/** The spans cut at an offset. */
export function endingBy(spans: TextSpan[], end: number): TextSpan[] {
  return spans.filter((s) => s.start < end).map((s) => ({ ...s, end: Math.min(s.end, end) }));
}
