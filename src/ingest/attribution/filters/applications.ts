/**
 * "Her husband filed for divorce in May", "the company applied for a permit": filing or applying for
 * something asks for it and reports nothing, though "file" and "apply" can carry a claim ("filed a
 * complaint alleging S"). No reading on PolNeAR train has this shape.
 */
import type { Candidate } from '../frames/frames.ts';
import type { DependencyTree } from '../tree.ts';

const ASKING_VERBS = new Set(['file', 'apply']);

/** Whether candidate `c` is a filing or application "for" something, with that something as its content. */
export function isApplication(tree: DependencyTree, c: Candidate): boolean {
  if (c.frame !== 'obl' || !ASKING_VERBS.has(c.lemma)) return false;
  const inside = new Set(c.content);
  const head = c.content.find((t) => !inside.has(tree.head(t)));
  return head !== undefined && tree.hasCase(head, 'for');
}
