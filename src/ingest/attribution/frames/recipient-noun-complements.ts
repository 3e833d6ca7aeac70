/**
 * "The dean said in an email to students Wednesday that dining halls would close": the parser may hang
 * the "that" clause on the people the message went to ("students"), and the verb is left without content.
 * Such nouns take no "that" clause of their own after a "to" phrase of the verb ("in response to reports
 * that S" is another matter, and "reports" is no recipient), so the clause is what the speaker wrote.
 */
import { isVerb, type DependencyTree } from '../tree.ts';

/** People a letter, an email or a memo is addressed to. */
const RECIPIENT_NOUNS = new Set([
  'student',
  'parent',
  'employee',
  'staff',
  'worker',
  'member',
  'shareholder',
  'investor',
  'supporter',
  'colleague',
  'faculty',
  'customer',
  'client',
  'resident',
  'voter',
  'constituent',
  'donor',
  'subscriber',
  'reader',
  'follower',
  'lawmaker',
  'legislator',
  'family',
  'families',
  'teacher',
  'alumni',
  'fan',
]);

/** "that" clauses hung on the recipient noun of a "to" phrase of verb `v`, when `v` has no complement. */
export function complementsUnderRecipientNoun(tree: DependencyTree, v: number): number[] {
  if (!isVerb(tree.token(v)) || tree.children(v, /^(ccomp|xcomp)$/).length) return [];
  return tree
    .children(v, 'obl')
    .filter((o) => o > v && RECIPIENT_NOUNS.has(tree.token(o).lemma.toLowerCase()) && tree.hasCase(o, 'to'))
    .flatMap((o) =>
      tree.children(o, 'ccomp').filter((c) => c > o && tree.children(c, 'mark').some((m) => m > o && /^that$/i.test(tree.token(m).word))),
    );
}
