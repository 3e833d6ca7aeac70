/**
 * "A study published Friday in the journal Nature found that S": the parser can read "published" as the
 * main verb and the journal's name as the subject of "found". The journal only published the study;
 * the study it describes speaks. Only a journal's name right after "journal", in an "in" phrase of
 * "published" whose subject is a paper, and only for a cue hung on that participle.
 */
import type { DependencyTree } from '../tree.ts';

const PAPERS = new Set(['study', 'paper', 'report', 'analysis', 'survey', 'review', 'article', 'research', 'trial']);

/** The paper that speaks for cue `cue` whose subject `source` is the name of the journal it was published in. */
export function paperPublishedInJournal(tree: DependencyTree, source: number, cue: number): number | undefined {
  if (tree.relation(source) !== 'nsubj' || tree.head(source) !== cue || !/^NNPS?$/.test(tree.token(source).pos)) return undefined;
  const journal = source - 1;
  if (journal < 1 || tree.token(journal).lemma.toLowerCase() !== 'journal' || !tree.hasCase(journal, 'in')) return undefined;
  const participle = tree.head(journal);
  if (participle < 1 || tree.head(cue) !== participle || tree.token(participle).lemma.toLowerCase() !== 'publish') return undefined;
  const paper = tree.child(participle, /^nsubj/);
  return paper !== undefined && PAPERS.has(tree.token(paper).lemma.toLowerCase()) ? paper : undefined;
}
