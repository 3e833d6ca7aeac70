/**
 * An outlet's report that cites its speaker ("S, Reuters reported, citing an unnamed EU official"):
 * the cited speaker's claim through the outlet. Moved out of credits.ts unchanged.
 */
import type { NlpDocument, NlpToken } from '../../nlp/types.ts';
import type { FoundAttribution } from '../find.ts';
import type { ResolvedSource } from '../sources/sources.ts';
import { DependencyTree } from '../tree.ts';
import { speakerPhrase } from './speaker-phrases.ts';

interface Credited extends FoundAttribution {
  claimants: ResolvedSource[];
  via: ResolvedSource[];
  credit?: 'closing' | 'inline';
}

/**
 * "S, Reuters reported, citing an unnamed EU official" and "Citing two diplomats, Reuters reported
 * that S": the one cited made the claim and the outlet carried it. The outlet's report takes the
 * cited speaker as claimant and the outlet as via; "citing X" is no claim of its own.
 */
export function citedSpeakers<A extends Credited>(
  text: string,
  doc: NlpDocument,
  attributions: A[],
  resolve: (a: A, token: number) => ResolvedSource | undefined,
  isOutlet: (source: ResolvedSource) => boolean,
): A[] {
  const dropped = new Set<A>();
  for (const report of attributions) {
    if (report.claimants.length !== 1 || !isOutlet(report.claimants[0]) || report.via.length) continue;
    const tree = DependencyTree.of(doc.sentences[report.sentence]);
    const isCitingWord = (t: number) => tree.token(t).lemma === 'cite' && tree.token(t).pos === 'VBG';
    // "The Times, citing two officials, reports that S": the parser may hang "citing" on the outlet's name.
    const citing =
      tree.children(report.cue.token).find(isCitingWord) ??
      citingAfter(doc.sentences[report.sentence].tokens, report.cue.token) ??
      tree.children(report.source).find(isCitingWord);
    const object = citing === undefined ? undefined : tree.child(citing, 'obj');
    if (citing === undefined || object === undefined) continue;
    for (const a of attributions) if (a !== report && a.sentence === report.sentence && a.cue.token === citing) dropped.add(a);
    const cited = resolve(report, object) ?? speakerPhrase(text, tree, object);
    if (!cited || isOutlet(cited)) continue;
    report.via = [report.claimants[0]];
    report.claimants = [cited];
    report.credit = report.cue.span.start > report.content.at(-1)!.end ? 'closing' : 'inline';
  }
  return attributions.filter((a) => !dropped.has(a));
}

/** ", citing …" */
export function isCiting(tokens: NlpToken[], i: number): boolean {
  return tokens[i].word === ',' && /^citing$/i.test(tokens[i + 1]?.word ?? '');
}

/** The "citing" right after a report's verb ("…, the Times reports, citing two officials"), which the parser may hang on the claim's own verb: its token number. */
function citingAfter(tokens: NlpToken[], cue: number): number | undefined {
  for (let i = cue; i < tokens.length; i++) {
    if (isCiting(tokens, i)) return i + 2;
    if (i > cue && tokens[i].pos.startsWith('VB')) return undefined;
  }
  return undefined;
}
