/**
 * "The mayor leads her rival by six points in a new county poll": a poll or survey named after
 * the clause whose finding it is, read like "according to the poll" (frames.ts reads the phrase
 * put first, "In a poll released Monday, S"). The parser may hang the poll on a noun of the clause
 * ("a lead ... in the poll"), so the clause is the nearest verb or predicate above it. Only one poll
 * (singular): "leads in the polls" after a clause is a standing, which PolNeAR mostly leaves unattributed.
 * A time phrase may follow the poll ("in every statewide survey this spring, often by ten points").
 * Not when the clause's verb says or thinks ("most renters rated the plan well in the poll"): then
 * its subject, the respondents, speak.
 */
import { verbClasses } from '../model/verb-classes.ts';
import { clauseAbove, isPunct, isVerb, type DependencyTree } from '../tree.ts';

/** WordNet classes of verbs whose subject holds the view (verb-classes.ts). */
const SAYING_OR_THINKING = new Set(['communication', 'cognition']);

/** How far above the poll the clause may stand ("lead over her rival in a poll": two nouns up). */
const MAX_CLIMB = 3;

/** Nouns whose findings a clause reports when it stands "in" them ("in a poll", "in the surveys"). */
const POLL_NOUNS = new Set(['poll', 'survey']);

/** A poll or survey, or an average of them, at token `v`. */
export function isPollSource(tree: DependencyTree, v: number): boolean {
  return POLL_NOUNS.has(tree.token(v).lemma.toLowerCase()) || isPollAverage(tree, v);
}

/** "the state's polling average", "an average of recent statewide surveys": an average of polls speaks like one poll. */
export function isPollAverage(tree: DependencyTree, v: number): boolean {
  if (tree.token(v).lemma.toLowerCase() !== 'average' || tree.token(v).pos !== 'NN') return false;
  return tree.children(v, /^(nmod|compound)$/).some((c) => /^(poll|survey|polling)$/i.test(tree.token(c).lemma));
}

/** The "in" (cue) and the clause (content, without the poll's phrase) of poll `v` that follows its clause; undefined otherwise. */
export function trailingPoll(tree: DependencyTree, v: number): { cue: number; content: number[] } | undefined {
  if (tree.token(v).pos !== 'NN' || !/^(obl|nmod)$/.test(tree.relation(v))) return undefined;
  const cue = tree.caseMarker(v, 'in');
  if (cue === undefined) return undefined;
  const clause = clauseAbove(tree, v, MAX_CLIMB);
  if (clause === undefined || clause > v) return undefined;
  const verb = tree.token(clause);
  if (isVerb(verb) && SAYING_OR_THINKING.has(verbClasses(verb.lemma.toLowerCase())[0] ?? '')) return undefined;
  const poll = new Set(tree.subtree(v));
  // The poll closes its clause (before a comma or the end): "rose three points in the survey to 29" measures the rise.
  const after = pastTimePhrase(tree, Math.max(...poll) + 1);
  if (after <= tree.size && !isPunct(tree.token(after))) return undefined;
  return { cue, content: tree.subtree(clause).filter((t) => !poll.has(t)) };
}

/** The token after the time phrase that starts at `t` ("in the poll this year, ..."), or `t` when none starts there. */
function pastTimePhrase(tree: DependencyTree, t: number): number {
  for (let h = t; h <= tree.size; h++) {
    if (tree.relation(h) !== 'obl:tmod') continue;
    const phrase = tree.subtree(h);
    if (Math.min(...phrase) === t) return Math.max(...phrase) + 1;
  }
  return t;
}
