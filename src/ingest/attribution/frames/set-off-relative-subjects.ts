/**
 * "Governor Ortiz, who also toured the coast this week, tweeted, “Thank you!”": after a relative clause set
 * off by commas the parser may lose the sentence's frame, hanging the speech verb on a word of the clause
 * or of the quotation, with no subject reached. The noun the clause describes, opening the sentence (or
 * standing right after an opening phrase's comma), is the speaker; what it said is everything after the cue.
 */
import { isPunct, tokenRange, type DependencyTree } from '../tree.ts';
import { SPEECH_VERBS } from '../model/speech-verbs.ts';

const RELATIVE_PRONOUN = /^(who|which|whose)$/i;
/** Words of a plain noun phrase before the relative clause ("the Harbor Trust", "Governor Lena Ortiz"). */
const NOUN_PHRASE_WORD = /^(DT|JJ|NNP|NNPS|NN|NNS|POS|CD|PRP\$)$/;

/** The speaker and content of speech verb `cue` after a set-off relative clause, when the parse gave it no subject. */
export function setOffRelativeSubject(
  tree: DependencyTree,
  cue: number,
  firstWord: number,
): { source: number; content: number[] } | undefined {
  const token = tree.token(cue);
  if (!/^VB[DN]$/.test(token.pos) || !SPEECH_VERBS.has(token.lemma.toLowerCase())) return undefined;
  if (tree.child(cue, /^nsubj/) !== undefined || tree.token(cue - 1)?.word !== ',') return undefined;
  const pronoun = relativePronounBefore(tree, cue - 1, firstWord);
  if (pronoun === undefined) return undefined;
  const noun = pronoun - 2;
  if (!/^NN/.test(tree.token(noun).pos)) return undefined;
  let start = noun;
  while (start > firstWord && NOUN_PHRASE_WORD.test(tree.token(start - 1).pos)) start--;
  if (start !== firstWord && tree.token(start - 1).word !== ',') return undefined;
  const content = tokenRange(cue + 1, tree.size);
  return content.some((t) => !isPunct(tree.token(t))) ? { source: noun, content } : undefined;
}

/** The nearest ", who"/", which" before the comma at `comma`, after a noun. */
function relativePronounBefore(tree: DependencyTree, comma: number, firstWord: number): number | undefined {
  for (let r = comma - 1; r >= firstWord + 2; r--) {
    if (RELATIVE_PRONOUN.test(tree.token(r).word) && tree.token(r - 1).word === ',') return r;
  }
  return undefined;
}
