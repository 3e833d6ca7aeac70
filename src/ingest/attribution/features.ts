/**
 * What the attribution model sees of a candidate: sparse string features read off the tree (the
 * cue's lemma and frame, its tense, modals and negation, what kind of word the source is and where
 * it stands, how long the content is and whether it is quoted). Only parse features, no NER, so
 * the model learned on lean train parses applies unchanged to fully annotated text.
 */
import type { TextSpan } from '../text/spans.ts';
import type { Candidate } from './frames.ts';
import { isPunct, type DependencyTree } from './tree.ts';

const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must']);

export function candidateFeatures(tree: DependencyTree, c: Candidate, content: TextSpan, quotes: TextSpan[]): string[] {
  const cue = tree.token(c.cue);
  const f = [
    `lf:${c.lemma}|${c.frame}`,
    `l:${c.lemma}`,
    `f:${c.frame}`,
    `cpos:${cue.pos}|${c.frame}`,
    `crel:${tree.relation(c.cue)}|${c.frame}`,
  ];
  for (const k of tree.children(c.cue)) {
    const t = tree.token(k);
    const lemma = t.lemma.toLowerCase();
    if (tree.relation(k) === 'aux' && MODALS.has(lemma)) f.push('modal', `modal:${lemma}`);
    if ((tree.relation(k) === 'advmod' && (lemma === 'not' || lemma === 'never')) || tree.relation(k) === 'neg')
      f.push('neg', `neg:${c.lemma}`);
    if (tree.relation(k) === 'mark' && lemma === 'to') f.push('to-infinitive');
  }
  if (c.source === undefined) f.push('src:none');
  else {
    const s = tree.token(c.source);
    const pos = s.pos === 'NNPS' ? 'NNP' : s.pos;
    const side = c.source < c.cue ? 'before' : 'after';
    f.push(
      `spos:${pos}`,
      `spos:${pos}|${c.frame}`,
      `sside:${side}|${c.frame}`,
      `srel:${tree.relation(c.source)}`,
      `lspos:${c.lemma}|${pos}`,
    );
    if (/^(NN|NNS|PRP)$/.test(s.pos)) f.push(`slemma:${s.lemma.toLowerCase()}`);
    if (tree.children(c.source, /^(compound|flat)$/).some((k) => /^NNP/.test(tree.token(k).pos))) f.push('sname-modified');
  }
  const words = c.content.filter((t) => !isPunct(tree.token(t))).length;
  f.push(`clen:${words < 4 ? 'short' : words < 9 ? 'mid' : words < 21 ? 'long' : 'very-long'}|${c.frame}`);
  const quoted = quotes.some((q) => q.start < content.end && content.start < q.end);
  if (quoted) f.push('quoted', `quoted:${c.frame}`, `lq:${c.lemma}`);
  if (c.forward) f.push('forward-quote');
  const head = c.content.find((t) => !c.content.includes(tree.head(t)));
  if (head !== undefined) {
    const mark = tree.children(head, 'mark').map((k) => tree.token(k).lemma.toLowerCase())[0];
    if (mark) f.push(`mark:${mark}`, `lmark:${c.lemma}|${mark}`);
    f.push(`hpos:${tree.token(head).pos.slice(0, 2)}|${c.frame}`);
  }
  return f;
}
