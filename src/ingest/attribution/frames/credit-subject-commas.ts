/**
 * The comma that opens a closing credit's subject ("S, Moreau said"; '“S,” he told reporters', a closing quote mark
 * between the comma and the subject). Both readings of a closing credit start from it: the "S, X said" frame of a
 * credit the parser hung as parataxis (closing-sayings.ts) and S's content and clause when it hung the credit inside S
 * (closing-sentence-credits.ts). The credit's verb must have its subject before it.
 */
import type { DependencyTree } from '../tree.ts';

/** Where the comma before `source`, subject of verb `v` standing before it, is, and whether a quote mark stands between. */
export function creditSubjectComma(
  tree: DependencyTree,
  v: number,
  source: number | undefined,
): { comma: number; quoted: boolean } | undefined {
  if (source === undefined || source > v || tree.head(source) !== v || !/^nsubj/.test(tree.relation(source))) return undefined;
  const subject = Math.min(...tree.subtree(source));
  const quoted = subject > 2 && tree.token(subject - 1).pos === "''";
  const comma = quoted ? subject - 2 : subject - 1;
  if (comma < 1 || tree.token(comma).word !== ',') return undefined;
  return { comma, quoted };
}
