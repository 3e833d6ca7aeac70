/**
 * What an occasion's listener is and what an interview occasion is, read off the tree: the phrase an
 * occasion takes for whoever heard it ("(an interview) with CNN", "(a statement) to the Post"), and the
 * occasions on which a speaker spoke to a listener, outlet or not: "in an interview with X", "during his
 * appearance on X", "in remarks to X", "speaking to X".
 */
import type { DependencyTree } from '../attribution/tree.ts';

const INTERVIEW = /^(interview|appearance|conversation)$/i;
const REMARKS = /^(comments|remarks)$/i;
const SPEAKING = /^(speaking|talking)$/i;
/** "in an interview", "during his appearance": the interview is one the speaker gave, not a kind of thing. */
const ARTICLE_OR_POSSESSOR = /^(a|an|the|his|her|their|its)$/i;

/** The phrases of `occasion` introduced by one of `how` that name who heard it: "(an interview) with CNN". */
export function occasionListeners(tree: DependencyTree, occasion: number, how: RegExp): number[] {
  return tree.children(occasion, /^nmod/).filter((n) => introducedBy(tree, n, how));
}

/** The listeners of the interview occasion at `node`, none when it is not one. */
export function interviewListeners(tree: DependencyTree, node: number): number[] {
  const word = tree.token(node).word;
  if (SPEAKING.test(word)) return tree.children(node, /^obl/).filter((n) => introducedBy(tree, n, /^(to|with)$/i));
  if (REMARKS.test(word)) return introducedBy(tree, node, /^in$/i) ? occasionListeners(tree, node, /^to$/i) : [];
  if (!INTERVIEW.test(word) || !introducedBy(tree, node, /^(in|during)$/i)) return [];
  const given = tree.children(node, /^(det|nmod:poss)$/).some((d) => ARTICLE_OR_POSSESSOR.test(tree.token(d).word));
  return given ? occasionListeners(tree, node, /^(with|on|to)$/i) : [];
}

function introducedBy(tree: DependencyTree, node: number, how: RegExp): boolean {
  return tree.children(node, 'case').some((k) => how.test(tree.token(k).word));
}
