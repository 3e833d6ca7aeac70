/**
 * A reduced relative clause the parser read as the main clause: in "Emails released this week showed
 * S" it tags the participle as the main verb and hangs the cue below it. The noun the participle
 * describes, the "main verb"'s subject, is the cue's source.
 */
import type { DependencyTree } from '../tree.ts';

/** Whether `verb`, the root the cue hangs below, is a past form with a subject and no object, clause or auxiliary of its own: a participle the parser took for the main verb. */
export function participleAsRoot(tree: DependencyTree, verb: number, cue: number): boolean {
  if (tree.token(verb).pos !== 'VBD' || tree.relation(verb) !== 'ROOT') return false;
  if (tree.children(verb, /^(obj|ccomp|xcomp|iobj|nsubj:pass|aux|aux:pass|cop)$/).length > 0) return false;
  const subject = tree.child(verb, 'nsubj');
  const commaBefore = tree.subtree(verb).some((t) => t > verb && t < cue && tree.token(t).word === ',' && tree.head(t) === verb);
  return subject !== undefined && subject < verb && !commaBefore;
}
