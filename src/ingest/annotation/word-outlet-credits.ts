/**
 * "Dana Fensk reportedly told friends S, according to People": a publication named by a common word
 * (outlet-phrases.ts WORD_OUTLETS) credited by "according to" or "per" carries the claim it closes,
 * like any outlet's credit, instead of claiming it as a group of people. Only the capitalised word
 * right after the phrase and before punctuation, never one NER calls a person.
 */
import type { NlpDocument } from '../nlp/types.ts';
import type { EntityRegistry } from '../entities/registry.ts';
import { WORD_OUTLETS } from './outlet-phrases.ts';

/** Registers each such credit's outlet at its mention; returns the mentions' starts. */
export function wordOutletCredits(doc: NlpDocument, registry: EntityRegistry): Set<number> {
  const starts = new Set<number>();
  for (const s of doc.sentences)
    s.tokens.forEach((t, at) => {
      const name = WORD_OUTLETS.get(t.originalText);
      if (!name || at < 2 || t.ner === 'PERSON' || !/^[,.;:]$/.test(s.tokens[at + 1]?.word ?? '.')) return;
      const before = `${s.tokens[at - 2].word} ${s.tokens[at - 1].word}`.toLowerCase();
      if (before !== 'according to' && !/^per$/i.test(s.tokens[at - 1].word)) return;
      registry.add({ name, type: 'Organization', kind: 'MEDIA', aliases: [t.originalText] }, { start: t.start, end: t.end });
      starts.add(t.start);
    });
  return starts;
}
