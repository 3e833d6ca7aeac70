/**
 * 'S, said Nora Lind, a historian at Westfield College.' / '"S," wrote X.': the speaker closes the
 * sentence right after a cue that follows its content's comma, but the parser took the content's
 * subject for the cue's (promise <-nsubj- said) or hung the cue on the content (said <-conj- hanging,
 * said <-acl- word), and the speaker became the cue's object. The content is what stands before the comma.
 */
import { DependencyTree, isPunct, tokenRange } from '../tree.ts';
import { speakerObjectAfter } from './speaker-after-cue.ts';

export interface ClosingSpeaker {
  source: number;
  content: number[];
}

/** `v` read as the cue of a speaker's clause closing the sentence; `isSpeaker` says whether a token can head the speaker's name. */
export function closingSpeaker(
  tree: DependencyTree,
  v: number,
  firstContent: number,
  isSpeaker: (tree: DependencyTree, i: number) => boolean,
): ClosingSpeaker | undefined {
  if (!/^VB[DZP]$/.test(tree.token(v).pos)) return undefined;
  const comma = commaBefore(tree, v);
  if (comma === undefined || comma - firstContent < 3) return undefined;
  const speaker = speakerObjectAfter(tree, v, isSpeaker);
  if (speaker === undefined) return undefined;
  const phrase = tree.subtree(speaker);
  if (phrase[0] !== v + 1 && !(phrase[0] === v + 2 && tree.token(v + 1).pos === 'DT')) return undefined;
  for (let i = phrase.at(-1)! + 1; i <= tree.size; i++) if (!isPunct(tree.token(i))) return undefined;
  return { source: speaker, content: tokenRange(firstContent, comma - 1) };
}

/** The comma the cue follows, past a closing quotation mark on either side of it (', "said' / '," said'). */
function commaBefore(tree: DependencyTree, v: number): number | undefined {
  const isQuote = (i: number) => /^["”'’]$|^''$/.test(tree.token(i).word);
  let i = v - 1;
  if (i > 0 && isQuote(i)) i--;
  if (i < 1 || tree.token(i).word !== ',') return undefined;
  return i > 1 && isQuote(i - 1) ? i - 1 : i;
}

/**
 * '"S," said Hal Dunmore, chairman of X, noting S2': the parser made the speaker after the cue the
 * subject of the clause that follows him (Dunmore <-nsubj- noting <-dep- said), and left the cue with none.
 * Not a finite clause's subject ("X, whose shop sells maps, said Mr. Lane was a mayor" with the relative
 * clause made the cue's complement): that clause is what was said (PolNeAR train: 2 wrong speakers made
 * right, 1 dropped that matched nothing).
 */
export function speakerOfClauseAfter(tree: DependencyTree, v: number): number | undefined {
  if (tree.child(v, /^nsubj/) !== undefined || !tree.children(v, /^(ccomp|parataxis|dep)$/).some((c) => c < v)) return undefined;
  for (const clause of tree.children(v, /^(dep|ccomp|advcl|xcomp|parataxis|conj)$/).filter((c) => c > v)) {
    if (hasFiniteVerb(tree, clause)) continue;
    const subject = tree.children(clause, /^nsubj/).find((s) => s > v && s < clause);
    if (subject !== undefined && /^NN/.test(tree.token(subject).pos) && tree.subtree(subject)[0] === v + 1) return subject;
  }
  return undefined;
}

/** "said Mr. Ortiz was a candidate": a clause with a finite verb of its own is what is said, and its subject no speaker. */
function hasFiniteVerb(tree: DependencyTree, clause: number): boolean {
  return [clause, ...tree.children(clause, /^(aux|aux:pass|cop)$/)].some((t) => /^(VBD|VBZ|VBP|MD)$/.test(tree.token(t).pos));
}
