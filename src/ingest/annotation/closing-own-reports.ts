/**
 * "Firefighters said the blaze began in a kitchen. Eleven people were killed, the AP reported.": an
 * outlet's own report closing a paragraph is the report the paragraph's sayings before it come from,
 * as a closing credit on a speaker's claim is (drafts.ts `spreadVia` reaches back the same way). Only
 * the claims an outlet's report carries going forward are carried back (report-passages.ts: people and
 * groups of people, on no occasion, channel or listener of their own); an outlet named as a state's or
 * a faction's own voice carries no one (state-voices.ts). The credit is a verb set off by a comma
 * ("…, the AP reported"): "according to the Post" credits one figure, and "was first reported by
 * MSNBC" a scoop (PolNeAR train, where both gave earlier speakers a wrong outlet).
 */
import { isOutlet } from '../entities/gazetteer.ts';
import type { EntityRecord } from '../entities/registry.ts';
import type { NlpDocument } from '../nlp/types.ts';
import type { DraftClaim } from './draft.ts';
import { isCarried } from './report-passages.ts';
import { toldAnotherListener } from './other-listeners.ts';
import { speaksAsStateMedia } from './state-voices.ts';

/** The outlet of a closing credit on the outlet's own report ("S, the AP reported"), if it is one. */
export function closingOwnReportOutlet(text: string, doc: NlpDocument, claim: DraftClaim): EntityRecord | undefined {
  if (claim.via.length > 0 || claim.topic !== undefined || claim.claimants.length !== 1) return undefined;
  // The credit follows what it reports: "S, the AP reported", not "The AP reported that S".
  if (!claim.verbSpan || claim.verbSpan.start < claim.content.end || /^(according to|per)$/i.test(claim.lemma)) return undefined;
  if (!text.slice(claim.content.end, claim.verbSpan.start).includes(',')) return undefined;
  const outlet = claim.claimants[0];
  if (!isOutlet(outlet) || speaksAsStateMedia(doc, outlet, claim.evidence)) return undefined;
  return outlet;
}

/** Whether an own report carries an earlier claim back: one its report would carry going forward. */
export function carriedBackByOwnReport(text: string, doc: NlpDocument, earlier: DraftClaim, outlet: EntityRecord): boolean {
  // "S1, according to an interview his brother gave to ITV. S2, the BBC reported.": S1 names its own source.
  if (earlier.lemma === 'according to') return false;
  return isCarried(text, doc, earlier, new Set()) && !toldAnotherListener(doc, earlier, [outlet]);
}
