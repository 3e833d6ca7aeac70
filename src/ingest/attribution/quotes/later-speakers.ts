/**
 * A content ends where another speaker's clause is joined to it. In "Most voters said the plan was
 * fair, compared with 30 percent who said it was not" or "74 percent said S1, while 20 percent said
 * S2", the parser often hangs the second speaker's clause inside the first content, which then
 * swallows it and outweighs the second attribution. A later cue whose own source stands inside the
 * content after a comma and a joining word ends the content before that comma, when the model keeps
 * that cue's candidate (`speaks`).
 */
import type { Candidate } from '../frames/frames.ts';
import type { DependencyTree } from '../tree.ts';
import { SPEECH_VERBS } from '../model/speech-verbs.ts';

/** An outlet's or a poll's report carries the clauses joined in it ('according to the poll, S1, while S2'; 'a poll found S1, while S2'). */
const CARRIERS = new Set(['accord', 'report']);
const CARRIER_SOURCES = new Set(['poll', 'survey']);
/** The later speaker's cue says or thinks: a verb of acting ('while 20 percent would vote for X') starts no attribution PolNeAR marks. */
const REPORTING = new Set([
  ...SPEECH_VERBS,
  'find',
  'think',
  'believe',
  'argue',
  'claim',
  'note',
  'warn',
  'insist',
  'contend',
  'acknowledge',
  'admit',
]);
const JOINING = /^(compared|while|whereas|but|and|though|although|versus|vs\.?)$/i;

/** The sentence's candidates with contents cut before a later speaker's joined clause. */
export function splitLaterSpeakers(tree: DependencyTree, proposed: Candidate[], speaks: Set<Candidate>): Candidate[] {
  return proposed.map((c) => {
    if (c.source === undefined || !c.content.length || CARRIERS.has(c.lemma)) return c;
    if (CARRIER_SOURCES.has(tree.token(c.source).lemma.toLowerCase())) return c;
    const inContent = new Set(c.content);
    const cuts = proposed
      .filter(
        (d) =>
          speaks.has(d) &&
          REPORTING.has(d.lemma) &&
          d.cue > c.cue &&
          d.source !== undefined &&
          d.source !== c.source &&
          inContent.has(d.cue) &&
          inContent.has(d.source),
      )
      .map((d) => joinBefore(tree, c, Math.min(d.source!, d.cue)))
      .filter((t): t is number => t !== undefined);
    if (!cuts.length) return c;
    const content = c.content.filter((t) => t < Math.min(...cuts));
    return content.length >= 3 ? { ...c, content } : c;
  });
}

/** The comma before `from` that a joining word follows, inside the content and after its cue. */
function joinBefore(tree: DependencyTree, c: Candidate, from: number): number | undefined {
  for (let t = from - 1; t > c.cue && t >= from - 8; t--) {
    if (tree.token(t).word !== ',') continue;
    return c.content.includes(t) && JOINING.test(tree.token(t + 1).word) ? t : undefined;
  }
  return undefined;
}
