/**
 * '"S," Ann Cole said, recalling S2' / 'Lee took the stage, saying S' / '..., while arguing S': a
 * participle after a comma speaks for the subject of the clause the comma closes, but the parser
 * often hangs it on the wrong clause (the quotation's verb, the clause after it, or as that
 * clause's subject), where subjectOf finds no one. The speaker is then the subject of the nearest
 * verb before the comma that has one.
 */
import { DependencyTree, isVerbOrPredicate } from '../tree.ts';

/** Words that may stand between the comma and the participle (', while arguing'). */
const MARKS = new Set(['while', 'before', 'after', 'then', 'also', 'and']);

export function speakerBeforeCommaParticiple(tree: DependencyTree, v: number): number | undefined {
  if (tree.token(v).pos !== 'VBG' || tree.child(v, /^nsubj/) !== undefined) return undefined;
  let comma = v - 1;
  if (comma > 1 && MARKS.has(tree.token(comma).word.toLowerCase())) comma--;
  if (comma < 2 || tree.token(comma).word !== ',') return undefined;
  for (let i = comma - 1; i >= 1; i--) {
    if (!/^VB/.test(tree.token(i).pos)) continue;
    const subject = tree.child(i, 'nsubj');
    if (subject !== undefined && subject < comma) return /^(NN|NNS|NNP|NNPS|PRP)$/.test(tree.token(subject).pos) ? subject : undefined;
  }
  return undefined;
}

/**
 * ', while insisting the county should cut its costs': the parser made the participle the subject of
 * the verb after it (insisting <-nsubj- cut); the content is that verb's clause from the participle's
 * object on, without the participle and the clause's mark.
 */
export function clauseAfterSubjectParticiple(tree: DependencyTree, v: number): number[] | undefined {
  const clause = tree.head(v);
  if (tree.token(v).pos !== 'VBG' || tree.relation(v) !== 'nsubj' || clause < v) return undefined;
  const marks = new Set(tree.children(clause, 'mark'));
  return tree.subtree(clause).filter((t) => t > v && !marks.has(t));
}

/**
 * ', saying floods have been ignored': the tagger took the participle for an adjective of the next
 * clause's subject (saying <-amod- floods <-nsubj- ignored); the content is that clause from its
 * subject on, without the participle. Only when the clause's verb comes after the subject.
 */
export function clauseAfterAdjectiveParticiple(tree: DependencyTree, v: number): number[] | undefined {
  const subject = tree.head(v);
  if (tree.token(v).pos !== 'VBG' || tree.relation(v) !== 'amod' || subject !== v + 1 || !/^nsubj/.test(tree.relation(subject)))
    return undefined;
  const clause = tree.head(subject);
  if (clause < subject || !isVerbOrPredicate(tree, clause)) return undefined;
  return tree.subtree(clause).filter((t) => t > v);
}

/**
 * 'apologized in a post, saying he had let the fans down': the parser hung the participle on the
 * reported clause's verb as a discourse word (saying <-discourse- let); the content is that clause
 * after the participle. Not where that clause is another verb's complement ("denied that, saying S"
 * read as "denied that S"): that verb's reading holds it.
 */
export function clauseAfterDiscourseParticiple(tree: DependencyTree, v: number): number[] | undefined {
  const clause = tree.head(v);
  if (tree.token(v).pos !== 'VBG' || tree.relation(v) !== 'discourse' || clause < v || v < 2 || tree.token(v - 1).word !== ',')
    return undefined;
  if (tree.relation(clause) === 'ccomp' || !isVerbOrPredicate(tree, clause)) return undefined;
  return tree.subtree(clause).filter((t) => t > v);
}
