/**
 * A piece a named person wrote for an outlet, read as an interview with it for the paragraph's lead
 * (interview-leads.ts):
 *
 *   "Former Gov. Ellen Marsh says her party has lost its way. In an op-ed for the Washington Post, Marsh
 *   argues S." → the first claim, too, through the Post.
 *
 * The piece is an op-ed, column, essay or commentary hung on the claim's verb, with the outlet the
 * claim already took named after "for" or "in" on it.
 */
import { DependencyTree } from '../attribution/tree.ts';
import type { DraftContext } from './draft.ts';
import { interviewLeads } from './interview-leads.ts';
import { isOpEd } from './op-eds.ts';
import type { Interview } from './outlet-passages.ts';
import { sentenceAt } from '../nlp/sentence-at.ts';

const PIECE = /^(op-ed|column|essay|commentary)$/i;
const PIECE_CASE = /^(in|for)$/i;

/** Gives a paragraph's lead the outlet of the piece its teller wrote, as interviewLeads does for an interview; extract() runs it after the interviews' leads. */
export function writtenPieceLeads(drafted: DraftContext): void {
  interviewLeads(drafted, writtenPieces(drafted));
}

function writtenPieces({ doc, drafts, paragraphs }: DraftContext): Interview[] {
  const found: Interview[] = [];
  for (const d of drafts) {
    const teller = d.claimants[0];
    const outlet = d.via[0];
    if (!d.verbSpan || d.claimants.length !== 1 || teller.type !== 'Person' || d.via.length !== 1) continue;
    const verb = d.verbSpan;
    const sentence = sentenceAt(doc, verb.start);
    const cue = sentence?.tokens.find((t) => t.start === verb.start);
    if (!sentence || !cue) continue;
    const tree = DependencyTree.of(sentence);
    const introduced = (n: number, how: RegExp) => tree.children(n, 'case').some((k) => how.test(tree.token(k).word));
    const pieces = tree.children(cue.index, /^obl/).filter((o) => isPiece(tree, o) && introduced(o, /^in$/i));
    const namesOutlet = (n: number) => {
      const span = tree.span(tree.subtree(n));
      return span !== undefined && outlet.mentions.some((m) => span.start <= m.start && m.end <= span.end);
    };
    const forOutlet = pieces.some((p) => tree.children(p, /^nmod/).some((n) => introduced(n, PIECE_CASE) && namesOutlet(n)));
    if (!forOutlet) continue;
    const paragraph = paragraphs.findIndex((p) => p.start <= verb.start && verb.start < p.end);
    found.push({ outlet, teller, at: verb.start, verb, paragraph });
  }
  return found;
}

function isPiece(tree: DependencyTree, i: number): boolean {
  return PIECE.test(tree.token(i).lemma) || isOpEd(tree, i);
}
