/**
 * A claim its own words place on another occasion than the outlet's story: "Brandt said in a 2014
 * interview that S", "Whitcomb said last month that S", "In a statement, the orchestra said S". An
 * earlier credit in a one-line summary (the speaker's previous claim's outlet, an interview's or an
 * outlet's report passage) did not carry it. Only the claim's frame is read — its sentence without the
 * content — since the content may well speak of last year.
 */
import type { EntityRecord } from '../entities/registry.ts';
import type { NlpDocument } from '../nlp/types.ts';
import { namesOwnChannel } from './channels.ts';
import type { DraftClaim } from './draft.ts';
import { toldAnotherListener } from './other-listeners.ts';
import { namesOwnInterview } from './own-interviews.ts';
import { saidAtGathering } from './gathering-occasions.ts';

/** "last month", "earlier this year", "in 2014", "in a 2014 interview", "years ago", "in a separate interview". */
const PAST_OCCASION = new RegExp(
  [
    String.raw`\blast\s+(?:week|month|year|spring|summer|fall|autumn|winter)\b`,
    String.raw`\bearlier\s+this\s+(?:month|year)\b`,
    String.raw`\bin\s+(?:a\s+|an\s+)?(?:19|20)\d\d\b`,
    String.raw`\b(?:months|years)\s+ago\b`,
    String.raw`\bin\s+(?:a|an)\s+(?:earlier|previous|separate|later)\s+(?:interview|statement|appearance)\b`,
  ].join('|'),
  'i',
);

/** The claim's sentence with its content cut out: where its occasion ("said last month", "In a statement,") is written. */
export function claimFrame(text: string, doc: NlpDocument, d: DraftClaim): string {
  const sentence = doc.sentences.find((s) => s.tokens[0].start === d.unit);
  const end = sentence?.tokens.at(-1)?.end ?? d.evidence.end;
  const start = Math.min(d.unit, d.evidence.start);
  return `${text.slice(start, d.content.start)} … ${text.slice(d.content.end, Math.max(end, d.evidence.end))}`;
}

/** The claim was said at a time of its own in the past ("last month", "in a 2014 interview"). */
export function saidOnPastOccasion(text: string, doc: NlpDocument, d: DraftClaim): boolean {
  return PAST_OCCASION.test(claimFrame(text, doc, d));
}

/** The claim names a channel of its own anywhere in its frame ("In a statement, the orchestra said S"). */
export function framesOwnChannel(text: string, doc: NlpDocument, d: DraftClaim): boolean {
  const frame = claimFrame(text, doc, d);
  return namesOwnChannel(frame, { ...d, evidence: { start: 0, end: frame.length } });
}

/**
 * Said somewhere the earlier credit was not: a past time, its own channel, interview or news
 * conference, or told to a listener that is none of `outlets` ("told lawmakers S", "told KGW S").
 */
export function saidOnOwnOccasion(text: string, doc: NlpDocument, d: DraftClaim, outlets: EntityRecord[]): boolean {
  return (
    saidOnPastOccasion(text, doc, d) ||
    framesOwnChannel(text, doc, d) ||
    namesOwnInterview(doc, d) ||
    saidAtGathering(text, doc, d) ||
    toldAnotherListener(doc, d, outlets)
  );
}
