/**
 * The day of an occasion that stands for the speaker: "Monday's statement from the Velmont council
 * said S", "A Tuesday tweet from Rep. Ada Brill claimed S", "according to a statement released Friday
 * by the navy, S". The parser makes the occasion the cue's subject (or the noun "according to" marks),
 * so no day hangs on the cue; the occasion carries it as a possessive or compound ("Monday's", "a
 * Tuesday tweet"), as "on Tuesday", or on a participle ("released Friday"; not "aired Sunday", which
 * dates the airing). Issue 11's date probe: 4 of its 40 dated sayings.
 */
import type { DependencyTree } from '../attribution/tree.ts';
import type { TextSpan } from '../text/spans.ts';
import { accordingNoun } from './day-carrying-nouns.ts';
import { datesBeforeSaying } from './published-papers.ts';
import { dateOn, namingDay, OCCASIONS, PARTICIPLE_TAG, SETTING_TIME_RELATION, TIME_RELATION } from './said-on.ts';

export function occasionSpeakerDay(tree: DependencyTree, cue: number, text: string, according: boolean): TextSpan | undefined {
  const nouns = according ? accordingNoun(tree, cue) : tree.children(cue, /^nsubj/);
  for (const occasion of nouns.filter((n) => OCCASIONS.has(tree.token(n).lemma.toLowerCase()))) {
    const day = namingDay(tree, occasion);
    if (day !== undefined) return { start: tree.token(day).start, end: tree.token(day).end };
    const participles = tree.children(occasion, 'acl').filter((v) => PARTICIPLE_TAG.test(tree.token(v).pos) && !datesBeforeSaying(tree, v));
    const span =
      dateOn(tree, occasion, text, SETTING_TIME_RELATION) ??
      participles.map((v) => dateOn(tree, v, text, TIME_RELATION)).find((s) => s !== undefined);
    if (span) return span;
  }
  return undefined;
}
