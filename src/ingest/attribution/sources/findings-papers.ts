/**
 * Papers that report findings speak like the reports and studies the cue lexicon already knows ("A
 * state audit released Thursday found that S", "An independent review says S"); the lexicon learned
 * too few of them on PolNeAR train to count them. Only with a clause for content: "the audit covered
 * claims filed in 2019" says what the audit looked at, not what it found.
 */
import type { Frame } from '../frames/candidate.ts';
import type { DependencyTree } from '../tree.ts';

const FINDINGS_PAPERS = new Set(['audit', 'review', 'assessment', 'evaluation']);
const CLAUSE_FRAMES = new Set<Frame>(['ccomp', 'parataxis', 'ccomp-of', 'quote', 'according']);

/** Whether `source` is a findings paper ("audit", "review") that reports a clause. */
export function findingsPaperReports(tree: DependencyTree, source: number, frame: Frame): boolean {
  const t = tree.token(source);
  return /^NNS?$/.test(t.pos) && FINDINGS_PAPERS.has(t.lemma.toLowerCase()) && CLAUSE_FRAMES.has(frame);
}
