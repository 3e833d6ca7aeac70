/**
 * The day of an occasion that opens the sentence with a clause of its own: "In a memo she sent Tuesday,
 * the dean warned that S", "In a statement it issued Friday, the Orlin council said S". The parser hangs
 * the cue under the opening clause's verb (parataxis) or the verb under the cue (ccomp), so no day
 * reaches the cue; the opener's verb of putting words out carries it for every saying after its comma.
 * Not "In a memo the board received Tuesday" (not a putting out) nor "In a town he visited Tuesday" (no
 * occasion). Issue 11's fifth date probe: 3 of 5 dated items of its third batch; none of its undated dated.
 * Also a participle set off by commas with no subject of its own, "In his written testimony, released
 * Wednesday, Brandt said S", which the parser hangs under the cue with the occasion as its own phrase,
 * "In a speech, delivered Sunday, X said S" (the participle tagged a past tense), and a written paper's
 * publishing, "In a report, published Friday, the agency said S" (the parser makes the participle the
 * main verb); "In an interview, published Sunday," stays undated (the airing rule).
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';
import { PUTTING_OUT } from './occasion-clause-days.ts';
import { publishesPaper } from './published-papers.ts';
import { dateOn, OCCASIONS, PARTICIPLE_TAG, TIME_RELATION } from './said-on.ts';

export function openingOccasionDay(tree: DependencyTree, cue: number, text: string): TextSpan | undefined {
  if (tree.size < 2 || !/^in$/i.test(tree.token(1).word) || tree.relation(1) !== 'case') return undefined;
  const occasion = tree.head(1);
  if (occasion <= 0 || !OCCASIONS.has(tree.token(occasion).lemma.toLowerCase()) || tree.relation(occasion) !== 'obl') return undefined;
  const verb = tree.head(occasion);
  if (verb <= 0 || verb >= cue || !PARTICIPLE_TAG.test(tree.token(verb).pos)) return undefined;
  const setOff = setOffParticiple(tree, occasion, verb);
  if (!PUTTING_OUT.test(tree.token(verb).lemma) && !(setOff && publishesPaper(tree, verb, occasion))) return undefined;
  if (tree.children(verb, /^nsubj/).length === 0 && !setOff) return undefined;
  // The opener closes at its first comma, before the cue.
  let comma = verb + 1;
  while (comma < cue && tree.token(comma).word !== ',') comma++;
  if (comma >= cue) return undefined;
  const day = dateOn(tree, verb, text, TIME_RELATION);
  return day && day.end <= tree.token(comma).start ? day : undefined;
}

/**
 * "In his testimony, released Wednesday,": a participle right after the occasion's comma, with no
 * subject; the tagger may read it as a past tense ("In a speech, delivered Sunday," delivered/VBD).
 */
function setOffParticiple(tree: DependencyTree, occasion: number, verb: number): boolean {
  return (
    PARTICIPLE_TAG.test(tree.token(verb).pos) &&
    tree.children(verb, /^nsubj/).length === 0 &&
    verb === occasion + 2 &&
    tree.token(occasion + 1).word === ','
  );
}
