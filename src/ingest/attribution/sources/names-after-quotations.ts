/**
 * '"A fine plan, this one," Ruiz, the county clerk, said': the parser took a noun inside the
 * quotation for the cue's subject and hung the name after the closing mark on it (dep, appos);
 * that name, outside the quotation, is the speaker. Verbs of saying only: in '"super PAC" backing X, Y'
 * the name after the mark is no speaker.
 */
import type { NlpToken } from '../../nlp/types.ts';
import { SPEECH_VERBS } from '../model/speech-verbs.ts';
import { DependencyTree } from '../tree.ts';

/** The proper name hung on `source` that stands after it and outside the quotation, when the cue is a verb of saying. */
export function nameAfterQuotation(
  tree: DependencyTree,
  source: number,
  cue: number,
  inside: (t: NlpToken) => boolean,
): number | undefined {
  if (!SPEECH_VERBS.has(tree.token(cue).lemma.toLowerCase())) return undefined;
  return tree.children(source, /^(dep|appos)$/).find((c) => c > source && /^NNPS?$/.test(tree.token(c).pos) && !inside(tree.token(c)));
}
