/**
 * "Mayor Dan Okoro told reporters the Reuters account was accurate": the parser may take the subject of
 * what was said ("the Reuters account") for a second object of "told", but a work an outlet published is
 * what the speaker talks about, never whom the speaker told. An invented probe of Newser-style
 * sentences: 1 wrong via fewer.
 */
import type { DependencyTree } from '../attribution/tree.ts';

/**
 * Nouns for an outlet's work or a claim in it. Not entities/outlet-work-phrases.ts's WORK, on purpose: that
 * one finds an outlet's name in an entity's words ("a CNN analysis", word forms); this one tells, by lemma,
 * what a speaker talks about from whom the speaker told, so claims and interviews are in and "analysis" is not.
 */
const WORK = /^(report|story|article|piece|column|editorial|investigation|account|claim|allegation|coverage|interview|op-ed)$/i;

/** The listener's head names a work, not an outlet spoken to. */
export function namesWork(tree: DependencyTree, listener: number): boolean {
  return WORK.test(tree.token(listener).lemma);
}
