/**
 * "Mark Delgado told CNBC claims could reach $2.5 billion", "The agent told ESPN his client had no plans
 * to retire": with no "that", the parser may read the outlet told as part of the content (a compound of
 * its subject, or a second subject of its verb), and the outlet the speaker told was lost. "Tell" names
 * whom it tells first, so an organization's name right after an active "told" (or "the") is its listener,
 * unless it only describes the person told.
 */
import type { DependencyTree } from '../tree.ts';

/** The last word of the organization's name that opens the words after tell cue `cue`, if the parse hung it elsewhere. */
export function listenerOpeningContent(tree: DependencyTree, cue: number): number[] {
  if (tree.child(cue, /^(nsubj:pass|aux:pass)$/) !== undefined) return [];
  let first = cue + 1;
  if (first <= tree.size && /^the$/i.test(tree.token(first).word)) first++;
  if (first > tree.size || tree.token(first).ner !== 'ORGANIZATION') return [];
  let last = first;
  while (last + 1 <= tree.size && tree.token(last + 1).ner === 'ORGANIZATION') last++;
  // "tells Fox News anchor Megyn Kelly": the outlet describes the person told, whose credit reads it.
  let next = last + 1;
  while (next <= tree.size && /^NN/.test(tree.token(next).pos)) {
    if (tree.token(next).ner === 'PERSON') return [];
    next++;
  }
  return tree.head(last) === cue ? [] : [last];
}
