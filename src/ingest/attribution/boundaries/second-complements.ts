/**
 * "blamed the mayor for closing the pool", "called it a setback", "sees herself as an outsider":
 * a verb with an object and a second complement right after it. A reading of the verb's object
 * (or of its prepositional object: "pointed to the ruling as proof") took the object alone, where
 * PolNeAR's annotators put the object in the cue and the second complement in the content, or both
 * in the content. The content is widened over the second complement, which matches either reading.
 * Only complements a verb's object takes ("for", "as", "at", "with", "to", "by V-ing"...): adjuncts
 * of time, place and reason ("in", "on", "during", "while", "because") stay out, as gold mostly leaves
 * them out. On train (840 articles) 13 gold contents more were matched this way, one fewer.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { TextSpan } from '../../text/spans.ts';
import type { Frame } from '../frames/candidate.ts';
import { DependencyTree } from '../tree.ts';

/** Prepositions that open a second complement of a verb and its object ("for", "as", "at", "with", ...). */
const SECOND_CASES = new Set(['for', 'as', 'at', 'with', 'by', 'among', 'against', 'of', 'to', 'about', 'into', 'from']);
/** Marks of a predicative or gerund clause after the object ("as crucial", "by pointing to"). */
const SECOND_MARKS = new Set(['as', 'by', 'for']);

interface Reading {
  sentence: number;
  cue: { token: number };
  frame: Frame;
  content: TextSpan[];
  continued?: boolean;
}

/** Widens each object reading's content over a second complement that follows it at once (contents replaced in place). */
export function widenToSecondComplements(text: string, doc: NlpDocument, readings: Reading[]): void {
  for (const a of readings) {
    if (a.continued || (a.frame !== 'obj' && a.frame !== 'obl')) continue;
    const last = a.content.at(-1);
    if (!last) continue;
    const tree = DependencyTree.of(doc.sentences[a.sentence]);
    const next = secondComplement(tree, a.cue.token, last.end, text);
    if (next) a.content = [...a.content.slice(0, -1), { start: last.start, end: next.end }];
  }
}

/** The complement of `verb` that starts right after `end` (only a space between), if it is one a verb's object takes. */
function secondComplement(tree: DependencyTree, verb: number, end: number, text: string): TextSpan | undefined {
  for (const c of tree.children(verb)) {
    const tokens = tree.subtree(c);
    // Words the parser could not place ('dep') inside it: it may run on into another reading ("at $3 billion, ... blaming X").
    if (tokens.some((t) => tree.relation(t) === 'dep')) continue;
    const span = tree.span(tokens);
    if (!span || span.start <= end || text.slice(end, span.start).trim() !== '') continue;
    const rel = tree.relation(c);
    const opener = (kind: RegExp) => tree.children(c, kind).map((k) => tree.token(k).lemma.toLowerCase());
    if (rel === 'obl:npmod') return span;
    if (rel === 'obl' && opener(/^case$/).some((k) => SECOND_CASES.has(k))) return span;
    // "as crucial", "by pointing to S", not "as she said" (a clause with its own subject).
    if (rel === 'advcl' && tree.child(c, /^nsubj/) === undefined && opener(/^(mark|case)$/).some((k) => SECOND_MARKS.has(k))) return span;
  }
  return undefined;
}
