/**
 * "The mayor defended the budget while the council called it reckless", "Lee backs the plan and Park
 * calls it a waste": a clause joined by a conjunction ("and", "but", "while", "as", "after", "when")
 * with a subject of its own, another speaker's, is that speaker's attribution. The parser can hang it
 * inside the first content, which then swallows it; PolNeAR marks the two side by side, so the joined
 * clause stands beside the first reading (whose content then ends before it: index.ts), however
 * unsure the model is of a nested reading.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { Frame } from '../frames/candidate.ts';
import { DependencyTree } from '../tree.ts';

const JOINED = /^(conj|advcl)$/;
/** Frames whose content is a reported clause or quotation. */
const REPORTED = new Set<Frame>(['ccomp', 'parataxis', 'ccomp-of', 'quote', 'according', 'colon', 'nsubj-clause']);
const JOINER = /^(and|but|while|whereas|as|after|when|before|though|although)$/i;

interface Reading {
  sentence: number;
  cue: { token: number };
  frame: Frame;
  claimants: Array<{ name: string }>;
}

/** Whether `inner` is read off a clause joined to `outer`'s cue or object, with its own subject, of another speaker. */
export function ownSubjectClause(doc: NlpDocument, outer: Reading, inner: Reading): boolean {
  if (outer.sentence !== inner.sentence || outer.claimants[0]?.name === inner.claimants[0]?.name) return false;
  const tree = DependencyTree.of(doc.sentences[inner.sentence]);
  const verb = inner.cue.token;
  if (!JOINED.test(tree.relation(verb)) || tree.dominates(verb, outer.cue.token)) return false;
  // A clause joined inside reported words ("said that X, while Y said Z") is reported with them.
  if (tree.head(verb) !== outer.cue.token && REPORTED.has(outer.frame)) return false;
  const subjects = tree.children(verb, /^nsubj/);
  if (!subjects.length || subjects.some((t) => /^(WP|WDT)$/.test(tree.token(t).pos))) return false;
  // The joining word opens the clause ("and the council said", "while Park calls").
  const clause = tree.subtree(verb).filter((t) => !/^(,|--|—|–|even)$/i.test(tree.token(t).word));
  const first = clause[0];
  return JOINER.test(tree.token(first).word) && tree.head(first) === verb && /^(cc|mark)$/.test(tree.relation(first));
}
