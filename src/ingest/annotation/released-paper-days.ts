/**
 * "A report released Friday by the UN says S": the parser makes "released" the sentence's root, with
 * the report its subject, hangs the content's verb on it as a parataxis and reads "says" as that
 * verb's auxiliary (or hangs "found" on the participle as a loose dependent); the claim goes to the
 * "by" name, and no day hangs on the cue. The day is the paper's: on the participle (the tagger may
 * call it a past tense) whose subject is the occasion ("released Friday", "issued Monday"), not an
 * airing ("aired Sunday": what aired was said before; a paper's "published Friday" is its day: published-papers.ts).
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';
import { datesBeforeSaying } from './published-papers.ts';
import { dateOn, OCCASIONS, PARTICIPLE_TAG, TIME_RELATION } from './said-on.ts';

export function releasedPaperDay(tree: DependencyTree, cue: number, text: string): TextSpan | undefined {
  const participle = misreadCueParticiple(tree, cue);
  if (participle === undefined) return undefined;
  const { pos } = tree.token(participle);
  if (!PARTICIPLE_TAG.test(pos) || datesBeforeSaying(tree, participle) || participle > cue) return undefined;
  const paper = tree.children(participle, 'nsubj').find((s) => OCCASIONS.has(tree.token(s).lemma.toLowerCase()));
  return paper === undefined ? undefined : dateOn(tree, participle, text, TIME_RELATION);
}

/** The root participle a misread cue hangs from: through the content's verb for an auxiliary, directly for a loose dependent. */
function misreadCueParticiple(tree: DependencyTree, cue: number): number | undefined {
  if (!/^VB[ZD]$/.test(tree.token(cue).pos)) return undefined;
  const relation = tree.relation(cue);
  const content = tree.head(cue);
  if (relation === 'dep') return content > 0 ? content : undefined;
  if (relation !== 'aux' || content === 0 || tree.relation(content) !== 'parataxis') return undefined;
  return tree.head(content) > 0 ? tree.head(content) : undefined;
}
