/**
 * "Warnings from the engineers about the dam": the parser often hangs what a stance is about on
 * the holder's noun rather than on the stance, so the holder's phrase would run on into what the
 * reading reports. A phrase on the "about", "over" or "against" a reading's content holds is no part of the speaker's name.
 */
import type { TextSpan } from '../../text/spans.ts';
import type { DependencyTree } from '../tree.ts';

const TARGET_CASES = /^(about|over|against)$/i;

/** Whether the edge `e` from a source's head leads to a target phrase lying inside `content`. */
export function reportedPhrase(tree: DependencyTree, e: { dep: string; to: number }, content: TextSpan[] = []): boolean {
  if (e.dep !== 'nmod' || !tree.children(e.to, 'case').some((k) => TARGET_CASES.test(tree.token(k).word))) return false;
  const { start, end } = tree.token(e.to);
  return content.some((s) => s.start <= start && end <= s.end);
}
