/**
 * A passive cue whose "by" agent the parser hung on the predicate after the cue: in "Reyes was named
 * the favourite by most analysts" the agent hangs on "favourite", in "The stadium has been declared
 * a failure by most residents" on "failure". The agent still speaks for the cue, and its phrase is no part of what
 * is said. On PolNeAR train such a cue had no source at all: 3 more right, none wrong. A "by" phrase
 * on an oblique ("recommended for the post by X", "met with anger by Y") was left out: it cost a dev
 * reading matching nothing.
 */
import type { DependencyTree } from '../tree.ts';

/** The "by" phrase on the predicate or object after passive `v`, or undefined. */
export function strandedAgent(tree: DependencyTree, v: number): number | undefined {
  if (tree.token(v).pos !== 'VBN' || tree.child(v, 'nsubj:pass') === undefined) return undefined;
  // "a claim that was aired in a column by the Ledger": a relative's passive is the noun's background.
  if (tree.relation(v) === 'acl:relcl') return undefined;
  for (const d of tree.children(v, /^(xcomp|obj)$/)) {
    // "was expected to be replaced by Ruiz": the lower passive has an agent of its own.
    if (d < v || tree.child(d, /^(aux:pass|nsubj:pass|mark)$/) !== undefined) continue;
    const agent = tree.children(d, /^(nmod|obl)(:agent)?$/).find((o) => o > d && tree.hasCase(o, 'by'));
    // "was set as the target by Friday": a deadline, not an agent.
    if (agent !== undefined && !/^(DATE|TIME|DURATION|NUMBER|PERCENT|MONEY|SET)$/.test(tree.token(agent).ner)) return agent;
  }
  return undefined;
}

/** `tokens` without the stranded agent's phrase when `source` is it: "a failure", not "a failure by most residents". */
export function withoutStrandedAgent(tree: DependencyTree, cue: number, source: number | undefined, tokens: number[]): number[] {
  if (source === undefined || strandedAgent(tree, cue) !== source) return tokens;
  const agent = new Set(tree.subtree(source));
  return tokens.filter((t) => !agent.has(t));
}
