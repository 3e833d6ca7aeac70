/**
 * "The mayor's lead in the county poll has grown", "Her approval rating in a new survey stands at
 * 48 percent": a poll hung on the subject of the clause that follows it reports that clause, read
 * like "according to the poll" (the phrase put first is read in frames.ts, the one after its clause
 * in trailing-polls.ts). One poll only: "her lead in the polls" is a standing, not a finding. Not
 * when the clause's verb says or thinks ("most riders in the transit survey said S"): its subject,
 * the respondents, speak (poll-respondents.ts names the poll beside them).
 */
import { verbClasses } from '../model/verb-classes.ts';
import { isVerb, isVerbOrPredicate, type DependencyTree } from '../tree.ts';

/** WordNet classes of verbs whose subject holds the view (verb-classes.ts). */
const SAYING_OR_THINKING = new Set(['communication', 'cognition']);

/** The "in" (cue) and the clause (content, without the poll's phrase) of poll `v` hung on its clause's subject; undefined otherwise. */
export function subjectPoll(tree: DependencyTree, v: number): { cue: number; content: number[] } | undefined {
  if (!/^(poll|survey)$/i.test(tree.token(v).lemma) || !/^NNP?$/.test(tree.token(v).pos) || tree.relation(v) !== 'nmod') return undefined;
  const cue = tree.caseMarker(v, 'in');
  const subject = tree.head(v);
  if (cue === undefined || subject === 0 || !/^nsubj/.test(tree.relation(subject))) return undefined;
  const clause = tree.head(subject);
  if (clause < v || !isVerbOrPredicate(tree, clause)) return undefined;
  const verb = tree.token(clause);
  if (isVerb(verb) && SAYING_OR_THINKING.has(verbClasses(verb.lemma.toLowerCase())[0] ?? '')) return undefined;
  const poll = new Set(tree.subtree(v));
  return { cue, content: tree.subtree(clause).filter((t) => !poll.has(t)) };
}
