/**
 * "The senator has long admired the bishop, who preaches a gospel of thrift": an object reading's
 * content is the object; a relative clause set off by a comma after it says something more about the
 * object, and PolNeAR leaves it out (it is often an attribution of the relative's own: "who preaches").
 * The parser hangs it inside the object, so the content is cut before the comma. Only the cue's own
 * object: a relative clause inside reported words ("said the bill, which passed, was rushed") stays.
 */
import type { NlpDocument } from '../../nlp/types.ts';
import type { TextSpan } from '../../text/spans.ts';
import type { Frame } from '../frames/candidate.ts';
import { DependencyTree } from '../tree.ts';
import { endLastSpanAt } from './content-ends.ts';

const RELATIVES = /^(who|which)$/i;
/** Words the content keeps before the clause, at least. */
const MIN_WORDS = 2;

interface Reading {
  sentence: number;
  frame: Frame;
  cue: { token: number };
  content: TextSpan[];
  continued?: boolean;
}

/** Cuts each object reading's content before a comma and a relative clause on the object that ends it (in place). */
export function cutObjectRelatives(text: string, doc: NlpDocument, readings: Reading[]): void {
  for (const a of readings) {
    const last = a.content.at(-1);
    if (a.continued || a.frame !== 'obj' || !last) continue;
    const tree = DependencyTree.of(doc.sentences[a.sentence]);
    const inContent = (i: number) => last.start <= tree.token(i).start && tree.token(i).end <= last.end;
    for (let r = 1; r <= tree.size; r++) {
      if (tree.relation(r) !== 'acl:relcl' || !inContent(r) || !cuesObject(tree, tree.head(r), a.cue.token)) continue;
      const clause = tree.subtree(r);
      const comma = clause[0] - 1;
      if (comma < 1 || tree.token(comma).word !== ',' || !inContent(comma) || !RELATIVES.test(tree.token(clause[0]).word)) continue;
      if (/\w/.test(text.slice(tree.token(clause.at(-1)!).end, last.end))) continue;
      const kept = text.slice(last.start, tree.token(comma).start).trimEnd();
      if (endLastSpanAt(text, a, last.start + kept.length, MIN_WORDS)) break;
    }
  }
}

/** Whether `noun` is the cue's object, or a noun joined to it ("X and Y, who ..."). */
function cuesObject(tree: DependencyTree, noun: number, cue: number): boolean {
  const n = tree.relation(noun) === 'conj' ? tree.head(noun) : noun;
  return tree.head(n) === cue && /^(obj|iobj)$/.test(tree.relation(n));
}
