/**
 * "…, the Fresno Bee reports. The band director tells the Bee S": a name that reports and is later told a
 * claim under its last word alone ("the Bee", "the World") is an outlet, though no masthead word marks it
 * and NER tags its first word a place. Both uses must be there: the report alone may be a body's
 * ("the Tulsa Police Department reports"), and a listener alone may be anyone ("told the Board").
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { SentenceListeners } from './told-listeners.ts';

/** Full names of reporting organizations told a claim later by "the" and their last word. */
export function toldShortNames(told: SentenceListeners[]): Set<string> {
  const names = new Set<string>();
  const reporters: string[][] = [];
  for (const { tree, listeners } of told) {
    for (const listener of listeners.keys()) {
      const word = shortName(tree, listener);
      const reporter = word && reporters.find((words) => words.at(-1) === word);
      if (reporter) names.add(reporter.join(' '));
    }
    reporters.push(...reportingNames(tree));
  }
  return names;
}

/** "the Bee": a capitalised proper noun after "the", with no word of its own name before it. */
export function shortName(tree: DependencyTree, i: number): string | undefined {
  const token = tree.token(i);
  if (!/^NNPS?$/.test(token.pos) || !/^\p{Lu}/u.test(token.word)) return undefined;
  if (tree.children(i, /^(compound|amod|flat|nmod:poss|nummod)$/).length) return undefined;
  return tree.children(i, 'det').some((d) => /^the$/i.test(tree.token(d).word)) ? token.originalText : undefined;
}

/** "the Fresno Bee reports": the words of a proper name of two or more words, the subject of "report". */
export function reportingNames(tree: DependencyTree): string[][] {
  const names: string[][] = [];
  for (let verb = 1; verb <= tree.size; verb++) {
    if (tree.token(verb).lemma !== 'report') continue;
    for (const subject of tree.children(verb, 'nsubj')) {
      const words = [...tree.children(subject, 'compound'), subject].sort((a, b) => a - b).map((w) => tree.token(w));
      if (words.length > 1 && words.every((t) => /^NNPS?$/.test(t.pos) && /^\p{Lu}/u.test(t.word)))
        names.push(words.map((t) => t.originalText));
    }
  }
  return names;
}
