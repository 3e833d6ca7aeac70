/**
 * "Keeper Hiroshi Tanaka told the paper the bird was thin": the parser may read the outlet told and the
 * clause's subject as the two objects of "told", so the claim's content opens with the outlet. The outlet
 * is the claim's via, and the content starts after it. Or it may take the outlet's name for the content's
 * head ("told the state news agency IRNA that S": "agency" its subject), so the content opens with the
 * outlet's words up to "that".
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { EntityRecord } from '../entities/registry.ts';
import type { TextSpan } from '../text/spans.ts';

export interface OpeningListener {
  outlet: EntityRecord;
  /** Where the words after the outlet start: the content starts there. */
  start: number;
}

export function listenerOpeningContent(
  tree: DependencyTree,
  cue: number,
  content: TextSpan,
  outletAt: (i: number) => EntityRecord | undefined,
): OpeningListener | undefined {
  if (tree.token(cue).lemma !== 'tell') return undefined;
  for (const told of tree.children(cue, 'iobj')) {
    const words = tree.subtree(told);
    const first = tree.token(words[0]);
    const next = words.at(-1)! + 1;
    if (first.start !== content.start || next > tree.size || tree.token(next).start >= content.end) continue;
    const outlet = outletAt(told);
    if (outlet) return { outlet, start: tree.token(next).start };
  }
  return listenerBeforeThat(tree, cue, content, outletAt);
}

/** Words of the noun phrase naming whom the speaker told. */
const LISTENER_WORD = /^(DT|JJ|NN|NNS|NNP|NNPS)$/;
/** Up to this many words name whom the speaker told. */
const MAX_LISTENER_WORDS = 6;

/** "told the state news agency IRNA that S": a content that opens right after "told" with an outlet's noun phrase and "that". */
function listenerBeforeThat(
  tree: DependencyTree,
  cue: number,
  content: TextSpan,
  outletAt: (i: number) => EntityRecord | undefined,
): OpeningListener | undefined {
  const tokens = tree.sentence.tokens;
  const after = tokens.findIndex((t) => t.index === cue) + 1;
  if (after < 1 || tokens[after]?.start !== content.start) return undefined;
  const that = tokens.findIndex((t, k) => k > after && /^that$/i.test(t.word));
  // A capitalised word of the name may be tagged a verb ("the radio show Harbor Talk that S").
  const listenerWord = (t: (typeof tokens)[number]) => LISTENER_WORD.test(t.pos) || /^\p{Lu}/u.test(t.word);
  if (that < 0 || that - after > MAX_LISTENER_WORDS || !tokens.slice(after, that).every(listenerWord)) return undefined;
  if (that + 1 >= tokens.length || tokens[that + 1].start >= content.end) return undefined;
  const outlet = tokens
    .slice(after, that)
    .map((t) => outletAt(t.index))
    .find((o) => o !== undefined);
  return outlet ? { outlet, start: tokens[that + 1].start } : undefined;
}
