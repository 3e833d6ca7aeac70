/**
 * A relative clause that names whom its noun backs ('Sen. Smith, who endorsed Jones in May, said S';
 * 'a union that backs Jones'; 'voters who voted for Jones') describes that noun: train annotated such
 * readings whose object is a name under a third of the time, and no feature tells them from a main
 * clause's 'Smith endorsed Jones' (the model sees a noun, not a name).
 */
import type { Candidate } from '../frames/frames.ts';
import type { DependencyTree } from '../tree.ts';

const PROPER_NOUN = /^NNPS?$/;

export function isBackgroundRelative(tree: DependencyTree, c: Candidate): boolean {
  if ((c.frame !== 'obj' && c.frame !== 'obl') || tree.relation(c.cue) !== 'acl:relcl') return false;
  const inContent = new Set(c.content);
  const head = c.content.find((t) => !inContent.has(tree.head(t)));
  return head !== undefined && PROPER_NOUN.test(tree.token(head).pos);
}
