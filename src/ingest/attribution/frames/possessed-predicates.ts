/**
 * "The mayor's view is that the levy will pass", "Her argument was that taxes are too high": a possessed
 * noun of thought or message as the subject of "be" states what its possessor thinks or says; the
 * content is the clause "be" links it to.
 */
import { nounClasses } from '../model/noun-classes.ts';
import { isPunct, type DependencyTree } from '../tree.ts';

/** WordNet classes of a noun's first sense that make it a thought or a message ("view", "goal", "argument"). */
const THOUGHT_OR_MESSAGE = new Set(['cognition', 'communication']);

/** The content of possessed noun `noun` as the subject of "be"; undefined otherwise. */
export function possessedPredicate(tree: DependencyTree, noun: number): number[] | undefined {
  if (tree.child(noun, 'nmod:poss') === undefined || tree.relation(noun) !== 'nsubj') return undefined;
  if (!THOUGHT_OR_MESSAGE.has(nounClasses(tree.token(noun).lemma)[0] ?? '')) return undefined;
  const head = tree.head(noun);
  if (head === 0 || head < noun) return undefined;
  const last = Math.max(...tree.subtree(noun));
  const after = (t: number) => t > last && !isPunct(tree.token(t));
  // "His view is that S": "be" heads the clause and the content hangs on it. Not a noun phrase after "be", more often
  // a judgment of the noun ("The council's plan was a disaster"), nor an aim ("Her goal was to S": tried, it added
  // two right readings on train and one that matched nothing on dev).
  if (tree.token(head).lemma !== 'be') return undefined;
  const clause = tree.children(head, /^(ccomp|xcomp|dep|parataxis)$/).find((c) => c > head);
  return clause === undefined ? undefined : tree.subtree(clause).filter(after);
}
