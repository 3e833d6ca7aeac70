/**
 * "The mayor praised the crews, thanking them for S": the parser can hang the participle on the
 * object, so the first verb's content runs on through the participle's own, and the participle's
 * reading then loses the overlap check to it. PolNeAR marks two attributions of one speaker there,
 * the object and the participle's content. Before the overlap check, a content is cut before a comma
 * and a participle that another reading of the same speaker has as its cue, unless what it keeps
 * names the speaking itself ("issued a statement, saying S": PolNeAR marks only the participle).
 */
import type { TextSpan } from '../find.ts';
import { CLEARLY_LIKELIER } from '../filters/swallowed-speakers.ts';

/** "issued a statement, saying S": the event of speaking is no content; the participle's reading is the attribution. */
const SPEECH_EVENT =
  /\b(statements?|speech(es)?|messages?|comments?|remarks|interviews?|letters?|e-?mails?|posts?|tweets?|videos?|address|releases?|texts?)\b/i;

interface Reading {
  confidence: number;
  cue: { span: TextSpan };
  content: TextSpan[];
  claimants: Array<{ name: string }>;
}

/** Ends each content before a same-speaker participle cue set off by a comma inside it (in place). */
export function cutBeforeOwnParticiples(text: string, readings: Reading[]): void {
  const cuts = readings.map((a) => {
    if (a.content.length !== 1 || !a.claimants.length) return undefined;
    const { start, end } = a.content[0];
    // "V O, V-ing S": the first verb's content follows it.
    if (a.cue.span.end > start) return undefined;
    const inner = readings.find(
      (b) =>
        b !== a &&
        // A clearly likelier participle reading takes the sentence alone (filters/swallowed-speakers.ts).
        b.confidence < a.confidence + CLEARLY_LIKELIER &&
        b.cue.span.start > start &&
        b.content[0]?.start > b.cue.span.start &&
        b.content.at(-1)!.end <= end &&
        // "adding S", "saying: S": the participle's content follows it at once ("calling up N reservists" is no speech).
        /^[\s,:“"]*$/.test(text.slice(b.cue.span.end, b.content[0].start)) &&
        /ing$/.test(text.slice(b.cue.span.start, b.cue.span.end)) &&
        b.claimants[0]?.name === a.claimants[0].name,
    );
    if (!inner) return undefined;
    const before = text.slice(start, inner.cue.span.start);
    const comma = /,\s*$/.exec(before);
    if (!comma) return undefined;
    const kept = before.slice(0, comma.index);
    if (!/\w/.test(kept) || SPEECH_EVENT.test(kept)) return undefined;
    return { start, end: start + kept.trimEnd().length };
  });
  cuts.forEach((cut, i) => {
    if (cut) readings[i].content = [cut];
  });
}
