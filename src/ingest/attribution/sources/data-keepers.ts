/**
 * "Data from the Ohio Department of Transportation show S", "according to figures from Eurostat": figures
 * speak for the body that keeps them, named by "from". Only a body the tagger calls an organization:
 * "data from Iowa showed" is about a place, not said by it.
 */
import type { DependencyTree } from '../tree.ts';

const FIGURE_NOUNS = new Set(['data', 'datum', 'figure', 'statistic', 'number', 'record', 'estimate', 'count', 'tally']);

/** The organization whose figures are the source `source` of cue `cue`. */
export function figuresKeeper(tree: DependencyTree, source: number, cue: number): number | undefined {
  const according = tree.token(cue).lemma.toLowerCase() === 'accord';
  const subject = tree.relation(source) === 'nsubj' && tree.head(source) === cue;
  const t = tree.token(source);
  if (!(according || subject) || !/^NNS?$/.test(t.pos) || !FIGURE_NOUNS.has(t.lemma.toLowerCase())) return undefined;
  return tree.children(source, 'nmod').find((n) => tree.hasCase(n, 'from') && tree.token(n).ner === 'ORGANIZATION');
}
