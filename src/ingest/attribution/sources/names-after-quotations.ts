/**
 * '"A fine plan, this one," Ruiz, the county clerk, said': the parser took a noun inside the
 * quotation for the cue's subject and hung the name after the closing mark on it (dep, appos);
 * that name, outside the quotation, is the speaker. Verbs of saying only: in '"super PAC" backing X, Y'
 * the name after the mark is no speaker. Where the parser hung the name elsewhere, the name right
 * between the closing mark and the cue.
 */
import type { NlpToken } from '../../nlp/types.ts';
import { SPEECH_VERBS } from '../model/speech-verbs.ts';
import { DependencyTree } from '../tree.ts';

const CLOSING_MARK = /^(''|”|")$/;

/** The proper name hung on `source` that stands after it and outside the quotation, when the cue is a verb of saying. */
export function nameAfterQuotation(
  tree: DependencyTree,
  source: number,
  cue: number,
  inside: (t: NlpToken) => boolean,
): number | undefined {
  if (!SPEECH_VERBS.has(tree.token(cue).lemma.toLowerCase())) return undefined;
  return (
    tree.children(source, /^(dep|appos)$/).find((c) => c > source && /^NNPS?$/.test(tree.token(c).pos) && !inside(tree.token(c))) ??
    nameBeforeCue(tree, cue, inside)
  );
}

/**
 * '"…they like him," Ortiz said' read with a pronoun inside the quotation as the subject: the name
 * standing between the closing mark and the cue, wherever the parser hung it.
 */
function nameBeforeCue(tree: DependencyTree, cue: number, inside: (t: NlpToken) => boolean): number | undefined {
  const isName = (t: number) => t >= 1 && /^NNPS?$/.test(tree.token(t).pos);
  if (!isName(cue - 1) || inside(tree.token(cue - 1))) return undefined;
  let first = cue - 1;
  while (isName(first - 1)) first--;
  return first > 1 && CLOSING_MARK.test(tree.token(first - 1).word) ? cue - 1 : undefined;
}
