/**
 * The "according to" family of proposals: "S, according to X", "As reported by the Ledger, S", "S, per the Ledger",
 * and a poll read the same way ("In a poll released Monday, 50 percent chose Ruiz").
 */
import { isVerbOrPredicate, type DependencyTree } from '../tree.ts';
import { clauseBeforeTrailingHost, contentBesideRootSource } from './according-roots.ts';
import { contentBesideStraySource } from './stray-according-sources.ts';
import { asReportedBy } from './as-reported.ts';
import { contentTokens, type Push } from './frame-proposal.ts';
import { isPollSource, trailingPoll } from './trailing-polls.ts';
import { subjectPoll } from './subject-polls.ts';

/** Proposes the readings of token `v`; true when it is "according" itself, which has no other reading. */
export function accordingProposals(tree: DependencyTree, v: number, firstWord: number, push: Push): boolean {
  const token = tree.token(v);
  if (token.lemma.toLowerCase() === 'accord' || token.word.toLowerCase() === 'according') {
    // "according to X": X is an obl/nmod whose case is "according"; the clause above it is the content.
    const source = tree.head(v);
    if (source === 0) return true;
    const clause = tree.head(source);
    const trailing = clauseBeforeTrailingHost(tree, v, source); // "S, according to the plan she released"
    const content = trailing ?? (clause === 0 ? contentBesideRootSource(tree, v, firstWord) : contentTokens(tree, clause, [source]));
    if (content && push(v, 'according', content, source)) return true;
    const stray = contentBesideStraySource(tree, v, source, firstWord); // "S, according to X, a strategist." hung on the comma
    if (stray) push(v, 'according', stray, source);
    return true;
  }
  const asReported = asReportedBy(tree, v); // "As reported by the Ledger, S", "S, per the Ledger"
  if (asReported) push(v, 'according', contentTokens(tree, asReported.clause, asReported.exclude), asReported.source);
  if (isPollSource(tree, v) && /^(obl|nmod)$/.test(tree.relation(v))) {
    // "In a poll released Monday, 50 percent chose Clinton": read like "according to a poll".
    const kase = tree.caseMarker(v, 'in');
    const clause = tree.head(v);
    if (kase !== undefined && clause > v && isVerbOrPredicate(tree, clause)) push(kase, 'according', contentTokens(tree, clause, [v]), v);
    const trailing = trailingPoll(tree, v);
    if (trailing) push(trailing.cue, 'according', trailing.content, v);
    const onSubject = subjectPoll(tree, v); // "Her approval rating in a new survey stands at 48 percent"
    if (onSubject) push(onSubject.cue, 'according', onSubject.content, v);
  }
  return false;
}
