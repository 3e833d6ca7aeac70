/**
 * "S, according to X." and "According to X, S": the content is the rest of the sentence, not the
 * clause the parser hung the phrase on ('S1 who S2, according to X' hangs it on the relative clause).
 * A phrase inside the sentence ("X, according to Y, said S") keeps the parser's clause.
 */
import { datelineLength } from '../credits/dateline.ts';
import type { Candidate } from '../frames/frames.ts';
import { isPunct, tokenRange, type DependencyTree } from '../tree.ts';

/** The content tokens of an "according to" candidate whose phrase opens or closes its sentence; undefined otherwise. */
export function accordingContent(tree: DependencyTree, c: Candidate): number[] | undefined {
  if (c.frame !== 'according' || c.source === undefined) return undefined;
  return accordingRest(tree, c.cue, c.source)?.tokens;
}

/**
 * The rest of the sentence beside the phrase of cue `cue` and source `source`, and whether the phrase
 * closes the sentence (rather than opening it); undefined when the phrase stands inside it.
 */
export function accordingRest(tree: DependencyTree, cue: number, source: number): { tokens: number[]; closing: boolean } | undefined {
  // The cue's own noun may hold the source ("in the senator's view"): the phrase is all of it.
  const phrase = [cue, ...tree.subtree(source), ...tree.subtree(tree.head(cue))];
  const from = Math.min(...phrase);
  const to = Math.max(...phrase);
  const words = (a: number, b: number) => tokenRange(a, b).filter((i) => !isPunct(tree.token(i)));
  const before = words(datelineLength(tree.sentence.tokens) + 1, from - 1);
  const after = words(to + 1, tree.size);
  // "S, according to county polls at that point." / "S, according to figures his office released": a phrase after a
  // comma with no comma after it closes the sentence, though the parser hung some of its words outside the source's phrase.
  const closes =
    before.length > 0 &&
    tree.token(cue).lemma.toLowerCase() === 'accord' &&
    tree.token(from - 1).word === ',' &&
    !tokenRange(to + 1, tree.size).some((t) => /^[,;:]$/.test(tree.token(t).word));
  if (before.length > 0 && after.length > 0 && !closes) return undefined;
  const rest = before.length > 0 ? before : after;
  if (rest.length < 2) return undefined;
  return { tokens: tokenRange(rest[0], rest.at(-1)!), closing: before.length > 0 };
}
