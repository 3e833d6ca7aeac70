/**
 * "Police said the fire Saturday destroyed three homes": the parser hangs "Saturday" on "said" (the
 * fire its object, "destroyed" a loose dep), yet the day sits inside what was said, after its first
 * word: it is the fire's day, not the saying's, and the claim gets no date. A day opening the content
 * ("quoted X as saying Sunday that S", the content's boundary set too early) still dates the saying.
 * Issue 11's third date probe G: 1 of its 73 items (a wrong date at fc13588); through extract() on
 * 120 PolNeAR train articles no date changes.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';
import { dayOf, TIME_RELATION } from './said-on.ts';

export function cueDayInContent(tree: DependencyTree, cue: number, content: TextSpan[]): boolean {
  return tree.children(cue, TIME_RELATION).some((child) => {
    const day = dayOf(tree, child);
    if (day === undefined) return false;
    const { start } = tree.token(day);
    return content.some((c) => c.start < start && start < c.end && tree.sentence.tokens.some((t) => t.start >= c.start && t.end <= start));
  });
}
