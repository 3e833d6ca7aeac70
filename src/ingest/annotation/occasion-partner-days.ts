/**
 * "Mayor Ines Varo said in a phone interview with the AP on Sunday that S": the parser hangs "with
 * the AP" on the verb beside the interview, and "on Sunday" on the AP, so said-on.ts, which reads the
 * day off the occasion and its own partner, finds none. When the cue has an occasion, a partner hung
 * on the cue beside it ("with", "to") carries the occasion's day. Issue 11's third date probe G: 1 of
 * its 56 dated sayings; through extract() on 120 PolNeAR train articles no date changes.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';
import { dayOf, OCCASIONS } from './said-on.ts';

const PARTNER_CASE = /^(?:with|to)$/i;

export function occasionPartnerDay(tree: DependencyTree, cue: number): TextSpan | undefined {
  const obliques = tree.children(cue, 'obl');
  if (!obliques.some((o) => OCCASIONS.has(tree.token(o).lemma.toLowerCase()))) return undefined;
  for (const partner of obliques) {
    if (!tree.children(partner, 'case').some((k) => PARTNER_CASE.test(tree.token(k).word))) continue;
    for (const modifier of tree.children(partner, /^(nmod|nmod:tmod)$/)) {
      const day = dayOf(tree, modifier);
      if (day !== undefined && tree.children(modifier, 'case').every((k) => /^on$/i.test(tree.token(k).word)))
        return { start: tree.token(day).start, end: tree.token(day).end };
    }
  }
  return undefined;
}
