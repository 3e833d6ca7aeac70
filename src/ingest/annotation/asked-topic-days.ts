/**
 * "Asked about the ferry strike on Thursday, Mayor Ola Brandt said S": the parser hangs the day on
 * what was asked about (Thursday <-nmod- strike <-obl- Asked), so said-on.ts finds no day on the
 * scene. A day closing the opening question ("on Thursday," right before the comma) is the day it was
 * asked; "Asked about Thursday's strike" names the strike's day and dates nothing. Issue 11's date
 * probe D: 1 of its 46 dated sayings.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';
import { askedParticiples, dayOf } from './said-on.ts';

export function askedTopicDay(tree: DependencyTree, cue: number): TextSpan | undefined {
  for (const scene of askedParticiples(tree, cue)) {
    const words = tree.subtree(scene).filter((w) => tree.relation(w) !== 'punct');
    const last = Math.max(...words);
    for (const topic of tree.children(scene, 'obl'))
      for (const modifier of tree.children(topic, 'nmod')) {
        const day = dayOf(tree, modifier);
        const on = tree.children(modifier, 'case').some((k) => /^on$/i.test(tree.token(k).word));
        if (day !== undefined && on && modifier === last) return { start: tree.token(day).start, end: tree.token(day).end };
      }
  }
  return undefined;
}
