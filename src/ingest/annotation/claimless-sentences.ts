/**
 * "'I had to sit down,' said curator X. The panel was cleaned over the winter. Experts believe S, the
 * Brussels Times reports.": a closing credit covers the claims before it only while every sentence in
 * between carries a claim; a sentence of plain narration ends the stretch it reaches back over, as it
 * ends an outlet's report going forward (report-passages.ts).
 */
import type { NlpDocument } from '../nlp/types.ts';
import type { DraftClaim } from './draft.ts';

/** Whether a sentence that opens after `earlier`'s sentence and before the sentence at `laterUnit` gives no claim. */
export function claimlessSentenceBetween(doc: NlpDocument, drafts: DraftClaim[], earlier: DraftClaim, laterUnit: number): boolean {
  const units = new Set(drafts.map((d) => d.unit));
  return doc.sentences.some((s) => {
    const start = s.tokens[0].start;
    return start > earlier.unit && start < laterUnit && !units.has(start);
  });
}
