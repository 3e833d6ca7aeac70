/**
 * The day the parser hangs on a place or medium the cue names, not on the cue: "The ministry warned in
 * a statement on its website Saturday that S" (Saturday <-obl:tmod- website <-obl- warned). Only a
 * bare day as a time modifier; "Friday's vote" or "the Feb. 3 attack" are no time modifier. A
 * broadcast named by its day, "said on Sunday's Meet the Press", is where it was said that day. Issue 11's
 * date probe (96 items, 73 dated): 1 dated saying each for the place and the broadcast, no undated one dated.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';
import { lookupKnown } from '../entities/gazetteer.ts';
import { dateOn, dayOf } from './said-on.ts';

const BARE_TIME = /^(obl:tmod|nmod:tmod)$/;
/** Where or through what the saying was made; not what it was about ("warned of a blizzard Friday": the blizzard's day). */
const PLACE_CASE = /^(?:on|in|at|to|with|before)$/i;

export function cuePlaceDay(tree: DependencyTree, cue: number, text: string, content: TextSpan): TextSpan | undefined {
  // "reflected on Saturday's episode": a prepositional cue's object is what was said, not where.
  const outside = (p: number) => tree.token(p).start < content.start || tree.token(p).start >= content.end;
  const places = tree
    .children(cue, /^obl/)
    .filter((p) => outside(p) && tree.children(p, 'case').some((k) => PLACE_CASE.test(tree.token(k).word)));
  for (const place of places) {
    const span = dateOn(tree, place, text, BARE_TIME);
    if (span) return span;
    // "said on Sunday's Meet the Press": a broadcast named by its day; not "commented on Friday's ruling".
    if (!isBroadcast(tree, place)) continue;
    const day = tree
      .children(place, 'nmod:poss')
      .map((d) => dayOf(tree, d))
      .find((d) => d !== undefined);
    if (day !== undefined) return { start: tree.token(day).start, end: tree.token(day).end };
  }
  return undefined;
}

const BROADCAST = /^(?:episode|show|program|programme|edition|broadcast|newscast|podcast)$/i;

function isBroadcast(tree: DependencyTree, i: number): boolean {
  const token = tree.token(i);
  return BROADCAST.test(token.lemma) || lookupKnown(token.word.replace(/_/g, ' '))?.kind === 'MEDIA';
}
