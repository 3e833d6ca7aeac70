/**
 * '"S," said one party activist' / '"S," wrote a local weekly': a speaker described by a common noun
 * after a subjectless verb of saying, which the parser took for the verb's object, where it hung the
 * content before the verb loosely (as advcl or dep, or the verb itself on the content) or where a
 * count word heads the speaker ("said one of the witnesses", "tweeted another").
 */
import { SPEECH_VERBS } from '../model/speech-verbs.ts';
import { DependencyTree, isPunct } from '../tree.ts';

/** Count words that head a speaker: "one of them", "another", "a third". */
const COUNT_HEADS = /^(one|another|third|fourth|fifth|second)$/i;

/** The common-noun speaker right after the cue `v`, or undefined. */
export function looselyHungSpeaker(tree: DependencyTree, v: number): number | undefined {
  const cue = tree.token(v);
  if (!SPEECH_VERBS.has(cue.lemma.toLowerCase()) || !/^VB[DZP]$/.test(cue.pos)) return undefined;
  if (tree.child(v, /^nsubj/) !== undefined || !commaBefore(tree, v)) return undefined;
  const head = tree.head(v);
  const contentBefore =
    tree.children(v, /^(ccomp|parataxis|advcl|dep)$/).some((c) => c < v && !isPunct(tree.token(c))) ||
    (/^(dep|parataxis)$/.test(tree.relation(v)) && head !== 0 && head < v);
  if (!contentBefore) return undefined;
  const speaker = tree.children(v, /^(obj|xcomp)$/).find((c) => c > v && describesSpeaker(tree, c));
  if (speaker === undefined) return undefined;
  const phrase = tree.subtree(speaker);
  return phrase[0] === v + 1 ? speaker : undefined;
}

/** A common noun, or a count word standing for one ("one of the witnesses"). */
function describesSpeaker(tree: DependencyTree, i: number): boolean {
  const t = tree.token(i);
  return /^NNS?$/.test(t.pos) || (/^(CD|DT|JJ)$/.test(t.pos) && COUNT_HEADS.test(t.word));
}

/** A comma stands right before the cue, or before the closing quotation mark that does (', "said' / '," said'). */
function commaBefore(tree: DependencyTree, v: number): boolean {
  const isQuote = (i: number) => /^["”'’]$|^''$/.test(tree.token(i).word);
  let i = v - 1;
  if (i > 0 && isQuote(i)) i--;
  return i >= 1 && tree.token(i).word === ',';
}
