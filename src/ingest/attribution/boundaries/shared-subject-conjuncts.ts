/**
 * "Ruiz said she was relieved but still feared the flood", "Arnold said she did not condone it and
 * hoped S": a verb joined to the reported clause's own verb in that verb's tense (carried by its
 * copula or auxiliary) shares that verb's subject, a "he", "she" or "they", so it is part of what the
 * speaker said, and PolNeAR marks one attribution over both clauses. A second verb of saying is left
 * to read on its own ("said she was tired and added S": two attributions in PolNeAR train).
 */
import { verbClasses } from '../model/verb-classes.ts';
import type { DependencyTree } from '../tree.ts';

const SPEAKER_PRONOUNS = /^(he|she|they)$/i;

/** Whether the conjunct verb `t`, of finite form `pos`, shares its head's pronoun subject and tense. */
export function sharesReportedSubject(tree: DependencyTree, t: number, pos: string): boolean {
  if (verbClasses(tree.token(t).lemma).slice(0, 2).includes('communication')) return false;
  const head = tree.head(t);
  const finite = tree.children(head, /^(aux|cop)$/).map((k) => tree.token(k).pos);
  if (!finite.includes(pos)) return false;
  return tree.children(head, /^nsubj/).some((s) => SPEAKER_PRONOUNS.test(tree.token(s).word));
}
