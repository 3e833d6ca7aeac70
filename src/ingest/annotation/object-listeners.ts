/**
 * "A ministry spokesman confirmed the arrests to Reuters", "described the plan to CNN as reckless": the
 * outlet told, hung by the parser on the verb's object or taken into what was said with it, is the
 * claim's via, and the claim ends before it.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { EntityRecord } from '../entities/registry.ts';
import type { TextSpan } from '../text/spans.ts';

export interface ObjectListener {
  outlet: EntityRecord;
  /** Where the words before the "to" phrase end: the content ends there. */
  end: number;
}

export function objectListener(
  tree: DependencyTree,
  cue: number,
  content: TextSpan,
  outletAt: (i: number) => EntityRecord | undefined,
): ObjectListener | undefined {
  const phrases = [...tree.children(cue, 'obj').flatMap((o) => tree.children(o, /^nmod/)), ...tree.children(cue, /^obl/)];
  for (const phrase of phrases) {
    const to = tree.caseMarker(phrase, 'to');
    if (to === undefined || tree.token(to).start <= content.start || tree.token(to).start >= content.end) continue;
    const outlet = outletAt(phrase);
    if (outlet) return { outlet, end: tree.token(to - 1).end };
  }
  return undefined;
}
