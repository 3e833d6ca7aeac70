/**
 * Claims that say where they were published: a post or statement through the speaker's own channel
 * ("the museum posted on Instagram that S", channels.ts) or a document put out ("An estimate released
 * Tuesday says S"). The speaker put these out themselves, so an outlet credited in a later sentence
 * ("..., according to the BBC.") did not carry them; in a one-line summary that later sentence is
 * often about someone else.
 */
import type { DraftClaim } from './draft.ts';
import { namesOwnChannel } from './channels.ts';

/** "An extension service estimate released Tuesday says", "a report published last week found", or "released" read as the cue. */
const RELEASED_UP_TO_CUE = /\b(?:released|published|issued|put out)\b/i;

export function namesWherePublished(text: string, d: DraftClaim): boolean {
  if (namesOwnChannel(text, d)) return true;
  const cueEnd = d.verbSpan?.end;
  return cueEnd !== undefined && cueEnd > d.evidence.start && RELEASED_UP_TO_CUE.test(text.slice(d.evidence.start, cueEnd));
}
