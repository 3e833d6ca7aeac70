/**
 * An outlet's piece announced without a claim: "The Tribune has a long piece on the Varnok bank's
 * collapse. Former employees say the managers knew for months." The sentence names the outlet's story
 * but says nothing in its name, so no report claim starts a passage (report-passages.ts); the people who
 * speak in the sentences right after it are the piece's, and take the outlet as via under the same rules
 * (people or groups of people heard for the first time, no channel of their own, up to a claim it does
 * not carry, a sentence with no claim or the paragraph's end). The outlet is the subject of have, run,
 * take or offer and the object is a piece, a story, a look or the details.
 * Invented probe of 50 Newser-style items (62 outcomes): right 48 → 49, wrong unchanged;
 * extract() over the 6 PolNeAR train articles with such a phrase: no claim changed.
 */
import { DependencyTree } from '../attribution/tree.ts';
import { isOutlet } from '../entities/gazetteer.ts';
import type { DraftContext } from './draft.ts';
import { carryPassage } from './report-passages.ts';
import { subjectOutlet } from './named-outlets.ts';

const HAVING = new Set(['have', 'run', 'take', 'offer']);
const PIECE = /^(piece|story|look|details|profile|feature|dispatch|investigation)$/i;

export function outletPieces({ text, doc, drafts, registry, paragraphs }: DraftContext): void {
  const outlets = registry.all().filter(isOutlet);
  doc.sentences.forEach((sentence, index) => {
    const tree = DependencyTree.of(sentence);
    for (const token of sentence.tokens) {
      if (!HAVING.has(token.lemma.toLowerCase()) || !token.pos.startsWith('VB')) continue;
      if (!tree.children(token.index, 'obj').some((o) => PIECE.test(tree.token(o).word))) continue;
      const outlet = subjectOutlet(tree, token.index, outlets);
      if (!outlet || drafts.some((d) => d.unit === sentence.tokens[0].start)) continue;
      const end = sentence.tokens.at(-1)!.end;
      const paragraph = paragraphs.findIndex((p) => p.start <= token.start && token.start < p.end);
      carryPassage(text, doc, drafts, outlet, { at: token.start, start: sentence.tokens[0].start, end, sentence: index, paragraph });
    }
  });
}
