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
 * The 0-based index of the verb after `comma` whose trailing obliques run to `last` (0-based, inclusive), when
 * `last` itself is no verb; `isCue` says whether a token may report a saying.
 */
export function verbBeforeOccasionPhrase(
  tree: DependencyTree,
  tokens: NlpToken[],
  comma: number,
  last: number,
  isCue: (t: NlpToken) => boolean,
): number | undefined {
  if (/^VB/.test(tokens[last].pos)) return undefined;
  for (let verb = last - 1; verb > comma + 1 && last - verb <= MAX_PHRASE_WORDS; verb--) {
    const t = tokens[verb];
    if (!/^VB/.test(t.pos)) continue;
    if (!/^VB[DPZ]$/.test(t.pos) || !isCue(t)) return undefined;
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
