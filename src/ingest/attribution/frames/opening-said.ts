/**
 * 'Said Lena Ortiz, who grew up near the mill, “We were all sad to see it close.”': a verb of saying
 * opening the sentence before its speaker, with the quotation after the speaker's phrase. The tagger
 * takes the capitalised "Said" for the first word of the name (a compound on it), so no frame sees a
 * verb. The speaker is the name "Said" hangs on; the content is the quotation that opens after a comma.
 */
import { DependencyTree, isPunct, tokenRange } from '../tree.ts';

const OPENING_VERBS = new Map([
  ['said', 'say'],
  ['says', 'say'],
]);
const OPENING_MARK = /^(“|``|")$/;

export interface OpeningSaid {
  lemma: string;
  source: number;
  content: number[];
}

/** The speaker and quotation of a sentence opened by "Said" at `v`. */
export function openingSaid(tree: DependencyTree, v: number): OpeningSaid | undefined {
  const lemma = OPENING_VERBS.get(tree.token(v).word.toLowerCase());
  if (v !== 1 || !lemma || tree.relation(v) !== 'compound') return undefined;
  let source = tree.head(v);
  while (source !== 0 && tree.relation(source) === 'compound') source = tree.head(source);
  if (source === 0 || !/^NNPS?$/.test(tree.token(source).pos)) return undefined;
  const open = tokenRange(source + 1, tree.size).find((i) => OPENING_MARK.test(tree.token(i).word) && tree.token(i - 1).word === ',');
  if (open === undefined) return undefined;
  let end = tree.size;
  while (end > open && isPunct(tree.token(end))) end--;
  return end - open >= 2 ? { lemma, source, content: tokenRange(open + 1, end) } : undefined;
}
