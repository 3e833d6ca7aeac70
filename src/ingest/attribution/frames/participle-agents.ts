/**
 * A stance participle that describes a noun and names its agent: "the stadium deal, opposed by two
 * council members, ..." reads like "the deal was opposed by two council members": the agent is the
 * source, the noun's phrase (without the participle) the content.
 */
import type { DependencyTree } from '../tree.ts';

/** Verbs of stance: who opposes or backs something is its source; who files, releases or funds it mostly is not. */
const STANCE_VERBS = new Set([
  ...['oppose', 'support', 'back', 'endorse', 'criticize', 'praise', 'condemn', 'denounce', 'favor', 'reject', 'propose'],
  ...['sponsor', 'echo', 'dispute', 'challenge', 'question', 'welcome', 'applaud', 'champion', 'decry', 'deride', 'dismiss'],
  ...['embrace', 'fight', 'revile', 'excoriate', 'attack', 'blame', 'accuse', 'push', 'tout'],
  // "a fact first reported by a local station": who reports or confirms a fact is its source.
  ...['report', 'confirm', 'document', 'reveal', 'deny', 'describe', 'allege', 'predict'],
]);

export interface ParticipleAgent {
  /** The noun the participle describes. */
  noun: number;
  /** The head of its "by" phrase. */
  agent: number;
}

/**
 * The noun a participle at `v` describes: its head ("the deal, opposed by X,"), or the noun just before a comma for one
 * the parser hung on the clause ("A judge blocked the law, opposed by X, because S"; on PolNeAR train this second shape
 * reads one more annotated attribution and nothing else).
 */
function describedNoun(tree: DependencyTree, v: number): number | undefined {
  if (tree.relation(v) === 'acl') return tree.head(v);
  if (tree.relation(v) === 'dep' && v > 2 && tree.token(v - 1).word === ',' && tree.head(v - 2) === tree.head(v)) return v - 2;
  return undefined;
}

/** The noun and agent of a past participle at `v` that modifies a noun and has a "by" phrase after it. */
export function participleAgent(tree: DependencyTree, v: number): ParticipleAgent | undefined {
  if (tree.token(v).pos !== 'VBN' || !STANCE_VERBS.has(tree.token(v).lemma.toLowerCase())) return undefined;
  const noun = describedNoun(tree, v);
  if (noun === undefined || noun === 0 || noun > v || !/^(NN|NNS|NNP|NNPS)$/.test(tree.token(noun).pos)) return undefined;
  // "according to early figures reported by two stations": the "according to" reading already names who reports.
  if (tree.children(noun, /^(case|fixed)$/).some((k) => tree.token(k).word.toLowerCase() === 'according')) return undefined;
  const agent = tree.children(v, /^obl(:agent)?$/).find((o) => o > v && tree.hasCase(o, 'by'));
  return agent === undefined || !/^(NN|NNS|NNP|NNPS|PRP)$/.test(tree.token(agent).pos) ? undefined : { noun, agent };
}
