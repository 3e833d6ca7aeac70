/**
 * "A shop owner whose bakery was damaged said S", "A farmer whose cattle were stolen said S": the parser
 * often reads the possessed noun ("bakery"), the relative clause's participle ("stolen") or nothing at all
 * as the cue's subject, so the speaker came out as "whose bakery was damaged" or no one. The one who speaks
 * is the noun right before "whose". Read only when the relative clause runs straight into the cue (no
 * comma) and holds a verb of its own, so "a farmer whose son said S" (the son speaks) is left as it is.
 */
import type { Candidate } from '../frames/candidate.ts';
import { isPunct, type DependencyTree } from '../tree.ts';

/** Words of a relative clause between "whose" and the cue: "whose home was flooded last year". */
const MAX_CLAUSE = 8;

/** Verbs that only help the clause's verb ("was", "had", "did") or the cue itself ("has said"). */
const HELPERS = /^(be|have|do)$/;

/** The candidate read with the noun before "whose" as its source; undefined when the sentence has no such shape. */
export function possessiveRelativeReading(tree: DependencyTree, c: Candidate): Candidate | undefined {
  const whose = nearestWhose(tree, c.cue);
  if (whose === undefined) return undefined;
  // The parser's own source is kept when it stands outside the clause (it read the sentence right, or otherwise),
  // unless it is the cue's listener, read as the speaker for want of a subject ("whose home was flooded told the AP").
  if (c.source !== undefined && (c.source <= whose || c.source >= c.cue) && !isListener(tree, c)) return undefined;
  const speaker = whose - 1;
  if (speaker < 1 || !/^NNS?$/.test(tree.token(speaker).pos)) return undefined;
  const clause: number[] = [];
  for (let t = whose + 1; t < c.cue; t++) clause.push(t);
  const ownVerb = clause.some((t) => /^VB[DNG]?$/.test(tree.token(t).pos) && !HELPERS.test(tree.token(t).lemma.toLowerCase()));
  return ownVerb ? { ...c, source: speaker } : undefined;
}

function isListener(tree: DependencyTree, c: Candidate): boolean {
  return c.source !== undefined && tree.head(c.source) === c.cue && /^(obj|iobj)$/.test(tree.relation(c.source));
}

function nearestWhose(tree: DependencyTree, cue: number): number | undefined {
  for (let t = cue - 1; t >= Math.max(1, cue - MAX_CLAUSE - 1); t--) {
    const token = tree.token(t);
    if (isPunct(token)) return undefined;
    if (token.word.toLowerCase() === 'whose' && token.pos === 'WP$') return t;
  }
  return undefined;
}
