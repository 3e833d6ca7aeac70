/**
 * "S, the company said Wednesday in a filing.": a speaker's closing clause may end on how or where the
 * saying was made ("in a filing", "in a statement", "at a briefing", "on Twitter"), which a read of the
 * sentence's last words takes for the speaker's own words. The parse shows the phrase for what it is: the
 * words after the verb all hang on it as its obliques, with no verb among them.
 */
import type { NlpToken } from '../../nlp/types.ts';
import type { DependencyTree } from '../tree.ts';

/** Up to this many words of the way, place or day of the saying follow its verb. */
const MAX_PHRASE_WORDS = 8;
/** The saying's way or place ("in a filing") and day ("Thursday"); not an adverb ("think warmly back to 2008"). */
const TRAILING = /^(obl|obl:tmod)$/;

/**
 * The 0-based index of the last verb after `comma` when its trailing obliques run to `last` (0-based, inclusive)
 * and `last` itself is no verb. Whether that verb reports a saying is the caller's to judge.
 */
export function verbBeforeOccasionPhrase(tree: DependencyTree, tokens: NlpToken[], comma: number, last: number): number | undefined {
  if (/^VB/.test(tokens[last].pos)) return undefined;
  for (let verb = last - 1; verb > comma + 1 && last - verb <= MAX_PHRASE_WORDS; verb--) {
    if (!/^VB/.test(tokens[verb].pos)) continue;
    const phrase = new Set(
      tree
        .children(verb + 1, TRAILING)
        .filter((c) => c > verb + 1)
        .flatMap((c) => tree.subtree(c)),
    );
    for (let k = verb + 1; k <= last; k++) if (!phrase.has(k + 1) || /^VB/.test(tokens[k].pos)) return undefined;
    return verb;
  }
  return undefined;
}
