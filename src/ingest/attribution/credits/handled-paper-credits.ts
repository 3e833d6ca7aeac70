/**
 * "The chief executive told investors S, according to a transcript obtained by Bloomberg": the
 * transcript only holds what the executive said, and the outlet that got it tells it. When an
 * "according to" source is a paper or a recording an outlet obtained, saw or reviewed, and another
 * reading's cue stands in its content, the outlet takes the credit's place: it carries the inner
 * speaker's claim as its via, as "according to Bloomberg" does. With no speaker inside ("S, according
 * to documents reviewed by the Times") the papers keep their claim.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { FoundAttribution } from '../found-attribution.ts';
import { holdsCue } from '../find.ts';
import { DependencyTree } from '../tree.ts';

const HANDLING = new Set(['obtain', 'see', 'review', 'examine', 'view', 'acquire', 'analyze', 'analyse', 'hear', 'receive']);
const HANDLED_WORK =
  /^(?:transcripts?|recordings?|audio|tapes?|videos?|footage|e-?mails?|messages?|texts?|memos?|letters?|documents?|records?|notes?|files?|minutes|cables?|copy|copies)$/i;

/** The outlet that handled the paper `reading` is credited to, as `resolveAt` names it; see above. */
export function handlingOutlet<S>(
  doc: NlpDocument,
  reading: FoundAttribution,
  candidates: FoundAttribution[],
  resolveAt: (token: number) => S | undefined,
  isOutlet: (source: S) => boolean,
): S | undefined {
  const handler = paperHandlerHoldingSpeaker(DependencyTree.of(doc.sentences[reading.sentence]), reading, candidates);
  const outlet = handler === undefined ? undefined : resolveAt(handler);
  return outlet !== undefined && isOutlet(outlet) ? outlet : undefined;
}

/**
 * The token of the outlet named by "by" after the participle of handling on `reading`'s "according to"
 * source, when that source is a handled work and another of `candidates` has its cue inside the reading's content.
 */
function paperHandlerHoldingSpeaker(tree: DependencyTree, reading: FoundAttribution, candidates: FoundAttribution[]): number | undefined {
  if (reading.cue.lemma !== 'accord' || !HANDLED_WORK.test(tree.token(reading.source).word)) return undefined;
  const inner = candidates.some(
    (c) => c !== reading && c.sentence === reading.sentence && c.cue.lemma !== 'accord' && holdsCue(reading, c),
  );
  if (!inner) return undefined;
  for (const participle of tree.children(reading.source, 'acl')) {
    const t = tree.token(participle);
    if (t.pos !== 'VBN' || !HANDLING.has(t.lemma.toLowerCase())) continue;
    const agent = tree.children(participle, /^obl(:agent)?$/).find((o) => tree.hasCase(o, 'by'));
    if (agent !== undefined) return agent;
  }
  return undefined;
}
