/**
 * "Since the vote, most growers would rather wait, the county agent said." and "The new bridge, Ortiz
 * says, will cost twice as much": a cue set off by a comma after the clause it reports, which the
 * parser made the sentence's root and gave two subjects, the reported clause's and, right before the
 * cue, the speaker's. The reported clause is what stands before the comma that opens the speaker's
 * phrase (with, when the cue interrupts it, the rest hung on the cue after the next comma); the
 * later subject speaks.
 */
import { isPunct, isVerb, type DependencyTree } from '../tree.ts';
import { INTERRUPTING_CUES } from './interrupting-roots.ts';

const REPORTING_CUES = new Set([...INTERRUPTING_CUES, 'complain']);
/** What may stand between the speaker's phrase and the cue ("some growers now think"). */
const BETWEEN_SPEAKER_AND_CUE = new Set(['advmod', 'aux']);
/** The rest of an interrupted clause, hung on the cue after it. */
const REST = /^(dep|parataxis|conj)$/;

/** The reported clause and its speaker for root cue `v` with two subjects, when a comma sets the later one off. */
export function clauseBeforeSecondSubject(tree: DependencyTree, v: number): { content: number[]; source: number } | undefined {
  if (tree.relation(v) !== 'ROOT' || !isVerb(tree.token(v)) || !REPORTING_CUES.has(tree.token(v).lemma.toLowerCase())) return undefined;
  const subjects = tree.children(v, 'nsubj');
  if (subjects.length < 2 || subjects.some((s) => s > v)) return undefined;
  if (tree.children(v).some((c) => /^(ccomp|obj|xcomp)$/.test(tree.relation(c)))) return undefined;
  const source = Math.max(...subjects);
  const phrase = tree.subtree(source);
  const opening = Math.min(...phrase) - 1;
  // '"S," Mayor Finch said': a quotation before the speaker is the quote frame's.
  if (opening < 3 || tree.token(opening).word !== ',' || /^(”|''|")$/.test(tree.token(opening - 1).word)) return undefined;
  for (let t = Math.max(...phrase) + 1; t < v; t++)
    if (!BETWEEN_SPEAKER_AND_CUE.has(tree.relation(t)) || tree.head(t) !== v) return undefined;
  const before = tree.subtree(v).filter((t) => t < opening && !(tree.head(t) === v && tree.relation(t) === 'cc'));
  if (before.filter((t) => !isPunct(tree.token(t))).length < 2) return undefined;
  const rest =
    v < tree.size && tree.token(v + 1).word === ','
      ? tree
          .children(v)
          .filter((c) => c > v && REST.test(tree.relation(c)))
          .flatMap((c) => tree.subtree(c))
      : [];
  return { content: [...before, ...rest].sort((a, b) => a - b), source };
}
