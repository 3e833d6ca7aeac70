/**
 * '"A fine plan, this one," Ruiz, the county clerk, said': the parser took a noun inside the
 * quotation for the cue's subject and hung the name after the closing mark on it (dep, appos);
 * that name, outside the quotation, is the speaker.
 */
import type { NlpToken } from '../../nlp/types.ts';
import { DependencyTree } from '../tree.ts';

/** The proper name hung on `source` that stands after it and outside the quotation. */
export function nameAfterQuotation(tree: DependencyTree, source: number, inside: (t: NlpToken) => boolean): number | undefined {
  return tree.children(source, /^(dep|appos)$/).find((c) => c > source && /^NNPS?$/.test(tree.token(c).pos) && !inside(tree.token(c)));
}
