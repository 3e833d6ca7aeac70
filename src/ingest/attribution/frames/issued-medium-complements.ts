/**
 * "The Velmont ministry said in a statement released Saturday that the border was closed": the parser may
 * hang the "that" clause on the participle that issued the medium ("released", tagged VBN or VBD, hung on the verb or
 * on the noun) and leave the verb without content. The participle says nothing of its own there: its
 * clause is what the verb's speaker said in the medium. On PolNeAR train (at d768c51) no prediction changes.
 * The clause may also hang on the issuer after the participle ("an interview published Sunday by the Athletic that S").
 */
import { isVerb, type DependencyTree } from '../tree.ts';

/** Nouns of a document or an occasion a speaker says something in. */
const MEDIUM_NOUNS = new Set([
  'statement',
  'release',
  'notice',
  'announcement',
  'filing',
  'interview',
  'lawsuit',
  'complaint',
  'letter',
  'post',
  'tweet',
  'video',
  'email',
  'message',
  'memo',
  'op-ed',
  'essay',
  'column',
  'speech',
  'affidavit',
  'motion',
  'testimony',
]);

/** Participles of a medium's issuing: "a statement released Saturday", "a notice posted Monday". */
const ISSUING = /^(release|issue|post|publish|file|send|submit|distribute)$/;

/** "that" clauses hung on an issuing participle after a medium's noun in an "in" phrase of verb `v`, when `v` has no complement. */
export function complementsUnderIssuedMedium(tree: DependencyTree, v: number): number[] {
  if (!isVerb(tree.token(v)) || tree.children(v, /^(ccomp|xcomp)$/).length) return [];
  return tree
    .children(v, 'obl')
    .filter((o) => o > v && MEDIUM_NOUNS.has(tree.token(o).lemma.toLowerCase()))
    .filter((o) => tree.children(o, 'case').some((k) => /^(in|during)$/i.test(tree.token(k).word)))
    .flatMap((o) =>
      [v, o]
        .flatMap((h) => tree.children(h, /^(dep|acl|advcl)$/))
        .filter((p) => p > o && /^VB[ND]$/.test(tree.token(p).pos) && ISSUING.test(tree.token(p).lemma.toLowerCase()))
        .flatMap((p) => [p, ...tree.children(p, 'obl').filter((o) => o > p)])
        .flatMap((h) => tree.children(h, 'ccomp').filter((c) => c > h && openedByThat(tree, c))),
    );
}

/** The clause opens with "that", which the parser hangs as its marker or, read as a relative word, as a loose `dep`. */
function openedByThat(tree: DependencyTree, c: number): boolean {
  return tree.children(c, /^(mark|dep)$/).some((m) => m < c && /^that$/i.test(tree.token(m).word));
}
