/**
 * "Can the ferry run in winter? Unlikely, says Ann Ruiz, a pilot": a short adverbial answer opens the
 * sentence, and the cue with its inverted speaker is all that follows. The answer is what the speaker
 * says (a question's answer, so one word may be the whole content).
 */
import { isPunct, type DependencyTree } from '../tree.ts';
import { isName } from '../sources/proper-names.ts';
import { SPEECH_VERBS } from '../model/speech-verbs.ts';

/** Sentence-opening adverbs that link to what came before rather than answer it ("Still, says X, ..."). */
const CONNECTIVES = new Set([
  'still',
  'however',
  'also',
  'now',
  'then',
  'meanwhile',
  'instead',
  'later',
  'again',
  'so',
  'yet',
  'indeed',
  'here',
  'there',
  'today',
  'thus',
  'otherwise',
]);
const MAX_ANSWER_WORDS = 3;

export function frontedAnswer(tree: DependencyTree, cue: number, firstWord: number): { content: number[]; source: number } | undefined {
  const token = tree.token(cue);
  if (!/^VB[DZ]$/.test(token.pos) || !SPEECH_VERBS.has(token.lemma.toLowerCase()) || tree.token(cue - 1)?.word !== ',') return undefined;
  const answer = tree.children(cue, 'advmod').find((c) => c < cue && /^(RB|JJ)$/.test(tree.token(c).pos));
  if (answer === undefined || CONNECTIVES.has(tree.token(answer).word.toLowerCase())) return undefined;
  const words = tree.subtree(answer);
  if (words[0] !== firstWord || words.at(-1) !== cue - 2 || words.length > MAX_ANSWER_WORDS) return undefined;
  const speaker = tree.children(cue, /^(nsubj|obj)$/).find((c) => c > cue && isName(tree, c));
  if (speaker === undefined) return undefined;
  const spoken = new Set(tree.subtree(speaker));
  for (let t = cue + 1; t <= tree.size; t++) if (!spoken.has(t) && !isPunct(tree.token(t))) return undefined;
  return { content: words, source: speaker };
}
