/**
 * "Last spring, the auditors say, the fund lost a third of its value": a cue set off by commas
 * inside the clause it reports, which the parser made the sentence's root, with the words before
 * it hung on the cue and the rest of the clause as a parataxis after it. The reported clause is
 * both parts; the cue's subject speaks.
 */
import { isPunct, isVerb, type DependencyTree } from '../tree.ts';

/** Verbs of saying, finding and thinking that interrupt what they report. */
export const INTERRUPTING_CUES = new Set([
  'say',
  'add',
  'argue',
  'note',
  'observe',
  'write',
  'show',
  'find',
  'believe',
  'think',
  'insist',
  'contend',
  'claim',
  'warn',
  'explain',
  'suggest',
]);

/** The reported clause around root cue `v` and its subject, when `v` interrupts it between commas. */
export function interruptedClause(tree: DependencyTree, v: number): { content: number[]; source: number } | undefined {
  if (tree.relation(v) !== 'ROOT' || !isVerb(tree.token(v)) || !INTERRUPTING_CUES.has(tree.token(v).lemma.toLowerCase())) return undefined;
  const source = tree.child(v, 'nsubj');
  if (source === undefined || source > v) return undefined;
  const opening = Math.min(...tree.subtree(source)) - 1;
  if (opening < 2 || tree.token(opening).word !== ',') return undefined;
  const after = tree.children(v, 'parataxis').find((p) => {
    const start = Math.min(...tree.subtree(p));
    return p > v && tree.child(p, /^nsubj/) !== undefined && tree.token(start - 1).word === ',';
  });
  if (after === undefined) return undefined;
  const before = tree.subtree(v).filter((t) => t < opening && !tree.subtree(after).includes(t));
  if (!before.some((t) => !isPunct(tree.token(t)))) return undefined;
  return { content: [...before, ...tree.subtree(after)].sort((a, b) => a - b), source };
}
