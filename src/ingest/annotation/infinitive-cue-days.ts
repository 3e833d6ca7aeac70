/**
 * "Voss took to Twitter on Friday to say S", "went on Fox News Sunday to argue that S", "used a
 * speech Tuesday to warn that S": the cue is an infinitive of purpose hung on a verb that carries the
 * day, and what that verb's subject did that day was the saying. Only a finished act (a past verb, not
 * a passive one): "is expected Friday to announce S" tells of no day of saying. An infinitive joined
 * to another ("to thank her staff and say S") shares its act.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';
import { dateOn, TIME_RELATION } from './said-on.ts';

export function infinitiveCueDay(tree: DependencyTree, cue: number, text: string): TextSpan | undefined {
  if (tree.token(cue).pos !== 'VB') return undefined;
  // "appeared on the radio Friday to thank her staff and say S": the second infinitive shares the first's "to".
  const infinitive = tree.relation(cue) === 'conj' && tree.children(cue, /^nsubj/).length === 0 ? tree.head(cue) : cue;
  if (tree.token(infinitive).pos !== 'VB' || !/^(?:xcomp|advcl)$/.test(tree.relation(infinitive))) return undefined;
  if (!tree.children(infinitive, 'mark').some((m) => /^to$/i.test(tree.token(m).word))) return undefined;
  const act = tree.head(infinitive);
  if (act === 0 || !/^VB[DN]$/.test(tree.token(act).pos) || tree.children(act, 'aux:pass').length > 0) return undefined;
  return dateOn(tree, act, text, TIME_RELATION);
}
