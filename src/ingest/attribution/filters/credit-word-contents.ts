/**
 * "Rebels in Dornach say they mined the road, Reuters reports, but the army denies it": the parser may
 * take the outlet's credit between commas ("Reuters reports") for a complement of "say", so the
 * speaker's likeliest reading claims nothing but the credit's words, and the credit, inside that
 * content, is dropped as embedded. Such a reading is no reading: the speaker's other one ("they mined
 * the road") stands, and the credit carries it. On train no reading is so (PolNeAR predictions unchanged).
 */
import type { TextSpan } from '../../text/spans.ts';

interface Reading {
  sentence: number;
  cue: { span: TextSpan };
  content: TextSpan[];
}

/** `readings` without those whose content lies within an outlet credit's own words (its comma, name and verb). */
export function withoutCreditWordContents<A extends Reading>(readings: A[], outletCredits: Reading[]): A[] {
  return readings.filter(
    (r) =>
      !outletCredits.some((k) => {
        const from = k.content.at(-1)!.end;
        const to = k.cue.span.end;
        return k.sentence === r.sentence && k.cue.span.start !== r.cue.span.start && r.content.every((s) => s.start >= from && s.end <= to);
      }),
  );
}
