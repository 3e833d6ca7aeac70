/**
 * "The real risk, said Maria Delgado, a tax lawyer, is that S": a speaker named between commas
 * right after a verb of saying that interrupts its own content. The parser makes the content's
 * subject the verb's subject and hangs the name as its object or as the predicate's subject, so
 * the subject-of-the-verb reading names the topic instead of the speaker. The content is the
 * subject before the comma and the predicate after the speaker's phrase.
 */
import { DependencyTree, isPunct, tokenRange } from '../tree.ts';
import { INVERTING_CUES } from './quoted-inverted-speakers.ts';

/** Words a speaker's name may carry before it ("tax lawyer Maria Delgado"): names, nouns, adjectives. */
const NAME_PHRASE = /^(NNP|NNPS|NN|JJ)$/;
const LONGEST_NAME = 6;
/** Verbs whose object is the listener ("X, who sat on the board, told Reuters, S"). */
const LISTENER_CUES = new Set(['tell']);
/** How an aside about the speaker opens: an apposition ("a tax lawyer", "its chairman") or a relative ("who ..."). */
const ASIDE_OPENER = /^(DT|JJ|JJS|NN|NNS|NNP|NNPS|PRP\$|CD|WP|WP\$|WDT)$/;

export interface ParentheticalSpeaker {
  source: number;
  content: number[];
}

export function parentheticalSpeaker(tree: DependencyTree, v: number, firstWord: number): ParentheticalSpeaker | undefined {
  const cue = tree.token(v);
  const lemma = cue.lemma.toLowerCase();
  if (!/^VB[DZP]$/.test(cue.pos) || !INVERTING_CUES.has(lemma) || LISTENER_CUES.has(lemma)) return undefined;
  if (v - 1 <= firstWord || tree.token(v - 1).word !== ',') return undefined;
  const subject = tree.child(v, /^nsubj/);
  if (subject === undefined || subject >= v - 1) return undefined;
  let name = v;
  while (name < tree.size && name - v < LONGEST_NAME && NAME_PHRASE.test(tree.token(name + 1).pos)) name++;
  if (name === v || !/^NNPS?$/.test(tree.token(name).pos) || name === tree.size || tree.token(name + 1).word !== ',') return undefined;
  let rest = name + 2;
  if (rest <= tree.size && ASIDE_OPENER.test(tree.token(rest).pos)) {
    const close = tokenRange(rest + 1, tree.size).find((t) => tree.token(t).word === ',');
    if (close === undefined) return undefined;
    rest = close + 1;
  }
  const last = isPunct(tree.token(tree.size)) ? tree.size - 1 : tree.size;
  const predicate = tokenRange(rest, last);
  if (!predicate.some((t) => /^(VB|MD)/.test(tree.token(t).pos))) return undefined;
  // "And the mayor, said Hollis, ...": a joining word opening the sentence is not what was said.
  const opening = tokenRange(firstWord, v - 2).filter((t, i) => !(i === 0 && tree.relation(t) === 'cc'));
  return { source: name, content: [...opening, ...predicate] };
}
