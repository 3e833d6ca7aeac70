/**
 * "The complaint alleged S", "A review of the records shows S", "the note says S": a common noun that
 * is no person or group can still be the source when it is the subject of a verb of reporting or
 * showing; PolNeAR credits documents, studies and footage with what they say or show. So can
 * the noun an "according to" names ("according to the index, S").
 */
import type { DependencyTree } from '../tree.ts';
import { quantifiedNoun } from './quantity-sources.ts';

const REPORTING_VERBS = new Set([
  'say',
  'show',
  'suggest',
  'report',
  'argue',
  'find',
  'indicate',
  'allege',
  'confirm',
  'claim',
  'conclude',
  'reveal',
  'note',
  'state',
  'warn',
  'predict',
  'tell',
  'write',
  'highlight',
  'demonstrate',
  'underscore',
  'illustrate',
  'signal',
  'reaffirm',
  'blame',
  'prove',
]);

/** The noun at `head` is the active subject of the reporting verb `cue`, or what the "according to" at `cue` names. */
export function isReportingSubject(tree: DependencyTree, head: number, cue: number): boolean {
  if (tree.token(cue).lemma.toLowerCase() === 'accord' || tree.token(cue).word.toLowerCase() === 'according')
    return tree.head(cue) === head && /^NNS?$/.test(tree.token(head).pos);
  return (
    tree.head(head) === cue &&
    tree.relation(head) === 'nsubj' &&
    /^NNS?$/.test(tree.token(head).pos) &&
    REPORTING_VERBS.has(tree.token(cue).lemma.toLowerCase()) &&
    // "A handful of rocks suggested S": a quantity speaks only as what it counts can (find.ts).
    quantifiedNoun(tree, head) === undefined
  );
}
