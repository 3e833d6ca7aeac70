/**
 * "Most Ohio voters oppose the tax, a Marist poll released Thursday finds": a poll, survey or study
 * credited after the clause it found is its source, not a verb of acting that swallowed the voters'
 * own reading (swallowed-speakers.ts), however sure the model is of "oppose".
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { FoundAttribution } from '../find.ts';
import { SPEECH_VERBS } from '../model/speech-verbs.ts';
import { DependencyTree } from '../tree.ts';

const FINDINGS_NOUNS = new Set(['poll', 'survey', 'study', 'analysis', 'report', 'review', 'audit', 'census', 'tally']);

/** Whether `a` is a findings paper's credit closing the clause it reports. */
export function isClosingFinding(doc: NlpDocument, a: FoundAttribution): boolean {
  if (a.frame !== 'parataxis' || a.content.length === 0 || a.cue.span.start < a.content.at(-1)!.end) return false;
  const source = DependencyTree.of(doc.sentences[a.sentence]).token(a.source);
  return /^NNS?$/.test(source.pos) && FINDINGS_NOUNS.has(source.lemma.toLowerCase());
}

interface Found extends FoundAttribution {
  claimants: Array<{ name: string; mention: { start: number; end: number } }>;
}

/**
 * `kept` without the readings a closing finding holds, cue and speaker ("Most Ohio voters oppose S, a poll
 * finds": what the voters think is the poll's finding, not a second claim of theirs). A saying inside it
 * stays ("A quarter say S, the survey found": the share's words, which the survey reports).
 */
export function withoutFoundReadings<A extends Found>(doc: NlpDocument, kept: A[]): A[] {
  const findings = kept.filter((a) => isClosingFinding(doc, a));
  const within = (outer: A, span: { start: number; end: number }) => outer.content.some((s) => s.start <= span.start && span.end <= s.end);
  const found = (inner: A) =>
    inner.claimants.length > 0 &&
    !SPEECH_VERBS.has(inner.cue.lemma.toLowerCase()) &&
    findings.some(
      (outer) =>
        outer !== inner &&
        outer.claimants[0]?.name !== inner.claimants[0].name &&
        within(outer, inner.cue.span) &&
        within(outer, inner.claimants[0].mention),
    );
  return kept.filter((a) => !found(a));
}
