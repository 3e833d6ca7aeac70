/**
 * "Pike read a short statement aloud at the front desk": reading a text out, with no word of what it
 * says, tells no claim; the reading's content would be only the statement's name. A statement that
 * carries its content ("read a statement saying S", "a statement that said S") keeps its reading,
 * and so does the inverted '"S," read the statement' (the statement is the subject there).
 */
import type { DependencyTree } from '../tree.ts';
import type { CueReading } from './cue-reading.ts';

/** Texts read out. */
const READ_TEXTS = new Set([
  'statement',
  'letter',
  'speech',
  'poem',
  'passage',
  'prayer',
  'verse',
  'eulogy',
  'excerpt',
  'proclamation',
  'name',
]);
const CLAUSE = /^(acl|ccomp|xcomp|advcl|parataxis)/;

/** A read reading whose object is a text with no clause of its own, the cue with none either. */
export function isReadText(tree: DependencyTree, a: CueReading): boolean {
  if (a.cue.lemma !== 'read' || a.frame !== 'obj') return false;
  if (tree.children(a.cue.token, CLAUSE).length) return false;
  return tree
    .children(a.cue.token, 'obj')
    .some((o) => READ_TEXTS.has(tree.token(o).lemma.toLowerCase()) && !tree.children(o, CLAUSE).length);
}
