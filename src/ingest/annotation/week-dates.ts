/**
 * A week as all the text gives of a saying's time: "told the Dispatch last week that S", "said earlier
 * this week", "told reporters late last week", "wrote in a note last week", "backed the deal last week,
 * saying S". The claim's saidOn then has WEEK precision, the date the week's Monday (an ISO week, as
 * `weekOf` in dates.ts counts it).
 *
 * Only the bare phrase hung on the reporting verb, on its occasion or listener, or on the verb a
 * "saying" participle closes counts, and never one inside what was said: "said the flooding last week
 * made it worse" and "Last week's storm delayed counting, officials said" date what was said. Not on
 * a cue in the present ("Ames says this week …" tells of the week of what she says), and not "next
 * week", "last weekend", "earlier in the week" (counted from a week the story tells of, not from
 * publication) or "this past week".
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';
import { WEEK_PHRASE } from './dates.ts';
import { OCCASIONS } from './said-on.ts';

/** How a bare time phrase hangs on a verb or a noun: "said last week" (obl:tmod), "a note last week" (nmod:tmod). */
const BARE_TIME = /^(obl:tmod|obl:npmod|nmod:tmod|nmod:npmod)$/;

/** "After the debate last week, X told reporters": the week is the occasion's, the saying came after it (maybe in the next week). */
const BEFORE_OR_AFTER = /^(?:after|following|before|since|until|ahead|prior)$/i;

export function weekSpan(tree: DependencyTree, cue: number, text: string, content: TextSpan): TextSpan | undefined {
  if (isPresent(tree, cue)) return undefined;
  const occasions = tree
    .children(cue, /^obl/)
    .filter(
      (o) =>
        OCCASIONS.has(tree.token(o).lemma.toLowerCase()) && !tree.children(o, 'case').some((k) => BEFORE_OR_AFTER.test(tree.token(k).word)),
    );
  const listeners = tree.token(cue).lemma === 'tell' ? tree.children(cue, /^(obj|iobj)$/) : [];
  const settings = [cue, ...occasions, ...listeners, ...closedVerb(tree, cue)];
  for (const node of settings)
    for (const child of tree.children(node, BARE_TIME)) {
      if (!/^week$/i.test(tree.token(child).word) || tree.children(child, 'case').length > 0) continue;
      const span = tree.span(tree.subtree(child, (edge) => edge.dep === 'punct'));
      // "said the flooding last week had made it worse": the parser hung the content's week on the cue.
      if (!span || (span.start >= content.start && span.end <= content.end)) continue;
      if (WEEK_PHRASE.test(text.slice(span.start, span.end))) return span;
    }
  return undefined;
}

/**
 * "The union backed the deal last week, saying S": a participle cue's week is that of the main verb it
 * closes; not a verb inside a clause ("the manager, who assaulted a reporter last week, calling it …").
 */
function closedVerb(tree: DependencyTree, cue: number): number[] {
  const head = tree.head(cue);
  if (tree.token(cue).pos !== 'VBG' || !/^(advcl|xcomp|dep)$/.test(tree.relation(cue)) || head === 0) return [];
  return /^(ROOT|conj)$/.test(tree.relation(head)) && !isPresent(tree, head) ? [head] : [];
}

function isPresent(tree: DependencyTree, verb: number): boolean {
  return /^VB[ZP]$/.test(tree.token(verb).pos);
}
