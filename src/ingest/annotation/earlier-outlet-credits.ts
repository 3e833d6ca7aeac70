/**
 * "Lee told the Journal S1. Lee said S2. S3, according to Bloomberg.": a closing credit reaching back over a
 * paragraph's uncredited claims stops at one that follows a claim another outlet carried or reported: that
 * outlet's stretch covers it, or at least the later credit does not (a wrong outlet is worse than none).
 * "The official said S2" after "Reuters quotes a German security official as saying S1" keeps Reuters: the
 * definite description names the speaker just quoted.
 */
import { isOutlet } from '../entities/gazetteer.ts';
import type { EntityRecord } from '../entities/registry.ts';
import type { DraftClaim } from './draft.ts';

/** Whether the claim just before `claims[at]`, in its paragraph, came through or from an outlet other than those in `via`. */
export function followsOtherOutlet(claims: DraftClaim[], at: number, via: EntityRecord[]): boolean {
  const before = claims[at - 1];
  if (!before || before.paragraph !== claims[at].paragraph || before.unit === claims[at].unit) return false;
  const outlets = [...before.via, ...before.claimants.filter(isOutlet)];
  return outlets.length > 0 && outlets.every((o) => !via.includes(o));
}

/** "the official" after "a German security official", "the friend" after "a friend of Vance": the same speaker described again. */
export function describesPreviousSpeaker(text: string, claim: DraftClaim, previous: DraftClaim): boolean {
  const mention = claim.sourceMentions?.[0];
  const speaker = previous.claimants[0];
  if (!mention || !speaker || claim.claimants.length !== 1 || claim.paragraph !== previous.paragraph) return false;
  const head = /^the\s+([a-z]+)$/i.exec(text.slice(mention.start, mention.end).trim())?.[1]?.toLowerCase();
  if (!head) return false;
  const words = speaker.name.toLowerCase().split(/\s+/);
  const of = words.indexOf('of');
  return (of > 0 ? words[of - 1] : words.at(-1)) === head;
}
