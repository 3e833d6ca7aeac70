/**
 * A claim its frame places before a gathering was said to everyone there, not to the outlet of an
 * earlier interview: "Okafor told CNN S1. At a campaign event in Reno on Tuesday, Okafor said S2",
 * "Diaz, who spoke Monday at a rally outside the courthouse, said S", "Speaking at a town hall in Ames,
 * Marsh said S", "Sayles said in a speech Wednesday S", and, as public-occasions.ts reads off the
 * evidence, "At a news conference Thursday, Perrin said S". Only the frame's words on the cue's side of
 * the content are read: before the content, or after it when the cue closes it ("'Q,' she said at a
 * rally"). "In an ABC interview, Trump questioned why she did not speak at the convention" leaves its
 * trailing place to what was questioned (a PolNeAR train article lost its ABC News vias to that). An
 * outlet named with the gathering ("at a CNN town hall") gives the claim its own via
 * (outlet-phrases.ts) before this is asked.
 */
import type { NlpDocument } from '../nlp/types.ts';
import type { DraftClaim } from './draft.ts';
import { saidAtPublicOccasion } from './public-occasions.ts';

const GATHERING = new RegExp(
  String.raw`\b(?:at|during|in|before|to|from|after)\s+(?:a|an|the|his|her|their|its|this|that|[\w.-]+['’]s)\s+` +
    String.raw`(?:[\w-]+\s+){0,3}?(?:rally|town\s+hall|campaign\s+(?:event|stop)|speech|fundraiser|commencement|vigil|` +
    String.raw`news\s+conference|press\s+conference|media\s+conference|briefing)s?\b`,
  'i',
);

/** Said at a news conference, a rally, a town hall, a campaign event or in a speech (see above). */
export function saidAtGathering(text: string, doc: NlpDocument, d: DraftClaim): boolean {
  return saidAtPublicOccasion(text, d) || GATHERING.test(cueSideOfFrame(text, doc, d));
}

/** The claim's sentence before its content, or after it when the cue comes after the content. */
function cueSideOfFrame(text: string, doc: NlpDocument, d: DraftClaim): string {
  const sentence = doc.sentences.find((s) => s.tokens[0].start === d.unit);
  const start = Math.min(d.unit, d.evidence.start);
  const end = Math.max(sentence?.tokens.at(-1)?.end ?? d.evidence.end, d.evidence.end);
  const cue = d.verbSpan?.start ?? d.evidence.start;
  return cue >= d.content.end ? text.slice(d.content.end, end) : text.slice(start, d.content.start);
}
