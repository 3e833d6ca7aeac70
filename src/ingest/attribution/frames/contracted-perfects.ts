/**
 * "He's said S", "she's argued that S": the parser reads the contracted "has" as the passive "is",
 * making the speaker a passive subject with no agent. A verb with an object or a clause of its own is
 * active, so that subject is the speaker ("It's said that S" stays impersonal).
 */
import type { DependencyTree } from '../tree.ts';

const CONTRACTED_HAS = /^['’]s$/;
const IMPERSONAL = /^(it|that|this|there)$/i;

/** The subject of `verb` when its passive is a misread contracted perfect, or undefined. */
export function contractedPerfectSubject(tree: DependencyTree, verb: number): number | undefined {
  const subject = tree.child(verb, 'nsubj:pass');
  if (subject === undefined || IMPERSONAL.test(tree.token(subject).word)) return undefined;
  if (!tree.children(verb, 'aux:pass').some((a) => CONTRACTED_HAS.test(tree.token(a).word))) return undefined;
  return tree.child(verb, /^(obj|ccomp)$/) !== undefined ? subject : undefined;
}
