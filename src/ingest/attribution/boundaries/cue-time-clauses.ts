/**
 * "The senator voted to cut the subsidy as Congress weighed the cost", "The aide was trying to ask
 * about taxes when the governor shot back that S": a clause of time or contrast with a subject of its
 * own, hung on the cue verb (or on the verb the cue leads to: "voted to cut"), tells when the speaker
 * spoke or acted, not what; PolNeAR leaves it out of the content, and it is often an attribution of
 * its own. The content is cut before the clause's opening word. A clause hung on the reported verb
 * ("said prices rose when the bank cut rates") is the speaker's content and stays.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import { isPronoun, type DependencyTree } from '../tree.ts';
import { contentsAfterCues, endLastSpanAt, type CueFirstReading } from './content-ends.ts';

/** Words that open a clause of time or contrast ("as", "when", "while", "after", "even though"). */
const OPENERS = new Set(['as', 'when', 'while', 'whereas', 'after', 'though', 'although']);
/** Words the content keeps before the clause, at least. */
const MIN_WORDS = 2;

/** Cuts each content before a clause of time or contrast with its own subject hung on the cue verb (in place). */
export function cutCueTimeClauses(text: string, doc: NlpDocument, readings: CueFirstReading[]): void {
  for (const { reading: a, last, tree, inContent } of contentsAfterCues(doc, readings)) {
    for (let v = 1; v <= tree.size; v++) {
      if (!inContent(v) || tree.relation(v) !== 'advcl' || !hungOnCue(tree, tree.head(v), a.cue.token)) continue;
      // "as" and "while" come as marks, "when" as an adverb.
      const opener = tree.children(v, /^(mark|advmod)$/).find((m) => OPENERS.has(tree.token(m).word.toLowerCase()));
      const subject = tree.child(v, /^nsubj/);
      if (opener === undefined || subject === undefined || !inContent(opener) || opener > subject) continue;
      // "as he spoke" mostly tells of the speaker's own moment, which PolNeAR keeps; another named subject is another event.
      if (isPronoun(tree.token(subject))) continue;
      // A clause in the middle ("voted, as the hall emptied, to cut X") leaves the content whole.
      if (/\w/.test(text.slice(tree.token(tree.subtree(v).at(-1)!).end, last.end))) continue;
      // "even as", "even though": the cut takes the adverb with it.
      const first = opener > 1 && /^even$/i.test(tree.token(opener - 1).word) ? opener - 1 : opener;
      const kept = text.slice(last.start, tree.token(first).start).replace(/(?:[\s,;:—–-]|\b(?:particularly|especially|just)\b)+$/i, '');
      if (endLastSpanAt(text, a, last.start + kept.length, MIN_WORDS)) break;
    }
  }
}

/** Relations that open what the speaker says or a clause about a noun: a clause below one is no longer the cue's own. */
const REPORTED = /^(ccomp|csubj|parataxis|acl|acl:relcl)$/;

/** Whether `head` is the cue or hangs below it with no reported clause between ("voted to cut X in 2011"). */
function hungOnCue(tree: DependencyTree, head: number, cue: number): boolean {
  for (let n = head; n !== 0; n = tree.head(n)) {
    if (n === cue) return true;
    if (REPORTED.test(tree.relation(n))) return false;
  }
  return false;
}
