/**
 * A wire story's dateline credits the agency that carried it: "WASHINGTON (AP) — McConnell said …"
 * is McConnell's claim as the Associated Press carried it. The agency named in the parentheses of
 * the story's opening dateline becomes the via of every claim that has none and is no outlet's own.
 */
import { datelineLength } from '../attribution/credits/dateline.ts';
import { isOutlet } from '../entities/gazetteer.ts';
import type { EntityRecord } from '../entities/registry.ts';
import type { NlpDocument } from '../nlp/types.ts';
import type { Paragraph } from '../text/spans.ts';
import type { DraftClaim } from './draft.ts';

const OPEN = /^(\(|-LRB-)$/;
const CLOSE = /^(\)|-RRB-)$/;

/** A story's dateline opens its first paragraph, or its second when the first is a headline. */
const OPENING_PARAGRAPHS = 2;

/** The agency in the parentheses of the dateline opening the story ("AP", "Reuters"), if any. */
export function datelineAgency(text: string, doc: NlpDocument, body: Paragraph[]): string | undefined {
  for (const paragraph of body.slice(0, OPENING_PARAGRAPHS)) {
    const sentence = doc.sentences.find((s) => s.tokens[0].start === paragraph.start);
    if (!sentence) continue;
    const dateline = sentence.tokens.slice(0, datelineLength(sentence.tokens));
    const open = dateline.findIndex((t) => OPEN.test(t.word));
    const close = dateline.findIndex((t, i) => i > open && CLOSE.test(t.word));
    if (open >= 0 && close > open + 1) return text.slice(dateline[open + 1].start, dateline[close - 1].end);
  }
  return undefined;
}

/** Claims with no via and no outlet for a claimant (the agency's own, another outlet's report) take the agency as their via. */
export function creditWire(drafts: DraftClaim[], agency: EntityRecord): void {
  for (const d of drafts) if (!d.via.length && !d.claimants.some(isOutlet)) d.via = [agency];
}
