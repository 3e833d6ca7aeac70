/**
 * A participle right after a closing speaker ("S, the aide added, saying S2"; "S, said Ann Ruiz, a
 * former adviser, recalling S2"): the parser hangs the participle on the verb of the content before,
 * and the frame takes that verb's subject; the participle speaks for the closing speaker.
 */
import type { DependencyTree } from '../tree.ts';

/** Verbs that close a report ("…, X said", "…, said X"). */
const REPORTING =
  /^(say|add|tell|write|tweet|report|recall|explain|note|argue|insist|claim|state|continue|reply|respond|warn|declare|acknowledge|conclude|contend|admit|concede|confirm|complain|remark|testify|post|announce)$/;
/** Relations that open a clause of their own: a path through one leaves the closing speaker's phrase. */
const CLAUSAL = /^(ccomp|xcomp|advcl|parataxis|conj|acl|acl:relcl|csubj|dep|list|root)$/i;
/** Words that may stand between the comma and the participle (', while arguing'). */
const MARKS = /^(while|then|also|and)$/i;

/** The subject of the reporting verb whose phrase ends just before the participle's comma, when it is not the source already. */
export function closingReportSpeaker(tree: DependencyTree, source: number, cue: number): number | undefined {
  // Not "according to", nor a participle whose own phrase gave the source ("citing the Post").
  if (tree.token(cue).pos !== 'VBG' || tree.token(cue).lemma.toLowerCase() === 'accord' || tree.head(source) === cue) return undefined;
  let comma = cue - 1;
  if (comma > 1 && MARKS.test(tree.token(comma).word)) comma--;
  if (comma < 3 || tree.token(comma).word !== ',') return undefined;
  // Climb from the word before the comma to the first verb, through phrases only (", the aide said", ", said Ann Ruiz, a former adviser").
  let v = comma - 1;
  while (v > 0 && !/^VB/.test(tree.token(v).pos)) {
    if (CLAUSAL.test(tree.relation(v))) return undefined;
    v = tree.head(v);
  }
  // Reached the participle itself: the parser made the closing speaker its subject (", said Ann Ruiz, a former adviser, recalling").
  if (v <= 0 || (v !== cue && !REPORTING.test(tree.token(v).lemma.toLowerCase()))) return undefined;
  const speaker = tree.children(v, /^nsubj$/).at(-1);
  return speaker !== undefined && speaker !== source && speaker < cue ? speaker : undefined;
}
