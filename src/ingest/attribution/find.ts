/**
 * Attributions of a parsed document: candidates from the trees (frames.ts), kept when the learned
 * lexicon says their (cue, frame) attributes, one per cue and one per stretch of content, with
 * quotations that run over several sentences taken whole (quotes.ts).
 */
import type { NlpDocument } from '../nlp/types.ts';
import { candidates, type Candidate, type Frame } from './frames.ts';
import { CUE_LEXICON, cueProbability, type CueLexicon } from './lexicon.ts';
import { extendToQuotes, findQuotes } from './quotes.ts';
import { DependencyTree } from './tree.ts';

export interface TextSpan {
  start: number;
  end: number;
}

export interface FoundAttribution {
  sentence: number;
  cue: { token: number; lemma: string; span: TextSpan };
  frame: Frame;
  /** The content as character spans (one, or several for a quotation broken by its cue). */
  content: TextSpan[];
  /** The source's head token in the cue's sentence, when the tree names one. */
  source?: number;
  /** The lexicon's estimate that this (cue, frame) attributes. */
  confidence: number;
}

export function findAttributions(text: string, doc: NlpDocument, lexicon: CueLexicon = CUE_LEXICON): FoundAttribution[] {
  const quotes = findQuotes(text);
  const scored: Array<{ c: Candidate; tree: DependencyTree; p: number }> = [];
  for (const sentence of doc.sentences) {
    const tree = new DependencyTree(sentence);
    for (const c of candidates(sentence)) {
      if (c.source === undefined || !canBeSource(tree, c.source, lexicon)) continue;
      const p = cueProbability(lexicon, c.lemma, c.frame);
      if (p >= lexicon.threshold) scored.push({ c, tree, p });
    }
  }
  scored.sort((x, y) => y.p - x.p);
  const kept: FoundAttribution[] = [];
  const usedCues = new Set<string>();
  for (const { c, tree, p } of scored) {
    const cueKey = `${c.sentence}:${c.cue}`;
    if (usedCues.has(cueKey)) continue;
    const span = tree.span(c.content);
    if (!span) continue;
    const content = extendToQuotes(span, quotes);
    if (kept.some((k) => overlaps(k.content, content))) continue;
    usedCues.add(cueKey);
    const cue = tree.token(c.cue);
    kept.push({
      sentence: c.sentence,
      cue: { token: c.cue, lemma: c.lemma, span: { start: cue.start, end: cue.end } },
      frame: c.frame,
      content,
      source: c.source,
      confidence: Math.round(p * 1000) / 1000,
    });
  }
  return kept.sort((x, y) => x.content[0]!.start - y.content[0]!.start);
}

/** A name, a pronoun, or a common noun that heads sources in train ("officials"; not "the time"). */
function canBeSource(tree: DependencyTree, head: number, lexicon: CueLexicon): boolean {
  const t = tree.token(head);
  if (!/^NNS?$/.test(t.pos)) return true;
  if (t.ner === 'PERSON' || t.ner === 'ORGANIZATION' || t.ner === 'TITLE') return true;
  return (lexicon.sourceNouns[t.lemma.toLowerCase()] ?? 0) > 0;
}

function overlaps(a: TextSpan[], b: TextSpan[]): boolean {
  const len = (s: TextSpan[]) => s.reduce((n, x) => n + x.end - x.start, 0);
  let ov = 0;
  for (const x of a) for (const y of b) ov += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return ov > 0.5 * Math.min(len(a), len(b));
}
