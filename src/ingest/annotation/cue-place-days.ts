/**
 * The day the parser hangs on a place or medium the cue names, not on the cue: "The ministry warned in
 * a statement on its website Saturday that S" (Saturday <-obl:tmod- website <-obl- warned). Only a
 * bare day as a time modifier; "Friday's vote" or "the Feb. 3 attack" are no time modifier. Issue 11's
 * date probe: 1 of its 52 dated sayings, none of its undated ones (56 with two written for this step).
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';
import { dateOn } from './said-on.ts';

const BARE_TIME = /^(obl:tmod|nmod:tmod)$/;
/** Where or through what the saying was made; not what it was about ("warned of a blizzard Friday": the blizzard's day). */
const PLACE_CASE = /^(?:on|in|at|to|with|before)$/i;

export function cuePlaceDay(tree: DependencyTree, cue: number, text: string): TextSpan | undefined {
  const places = tree.children(cue, /^obl/).filter((p) => tree.children(p, 'case').some((k) => PLACE_CASE.test(tree.token(k).word)));
  for (const place of places) {
    const span = dateOn(tree, place, text, BARE_TIME);
    if (span) return span;
  }
  return undefined;
}
