/**
 * What the attribution model sees of a candidate: sparse string features read off the tree (the
 * cue's lemma and frame, its tense, modals and negation, what kind of word the source is and where
 * it stands, how long the content is and whether it is quoted). Only parse features, no NER, so
 * the model learned on lean train parses applies unchanged to fully annotated text.
 */
import type { NlpToken } from '../../nlp/types.ts';
import type { TextSpan } from '../../text/spans.ts';
import type { Candidate } from '../frames/frames.ts';
import { isPunct, type DependencyTree } from '../tree.ts';
import { verbClasses } from './verb-classes.ts';

const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must']);

export function candidateFeatures(tree: DependencyTree, c: Candidate, content: TextSpan, quotes: TextSpan[]): string[] {
  const cue = tree.token(c.cue);
  const isVerbCue = cue.pos.startsWith('VB');
  const f = [
    `lf:${c.lemma}|${c.frame}`,
    `l:${c.lemma}`,
    `f:${c.frame}`,
    `cpos:${cue.pos}|${c.frame}`,
    `crel:${tree.relation(c.cue)}|${c.frame}`,
  ];
  const rel = tree.relation(c.cue);
  const classes = isVerbCue ? verbClasses(c.lemma).slice(0, 3) : [];
  if (classes.length > 0) f.push(`wn:${classes[0]}`, `wnf:${classes[0]}|${c.frame}`);
  for (const k of new Set(classes)) if (k === 'communication' || k === 'cognition') f.push(`wnany:${k}`);
  f.push(`lfr:${c.lemma}|${c.frame}|${rel}`);
  if (quotes.some((q) => q.start <= cue.start && cue.end <= q.end)) f.push('cue-quoted', `cue-quoted|${c.frame}`);
  for (const k of tree.children(c.cue)) {
    if (tree.relation(k) === 'compound:prt') f.push(`prt:${c.lemma}|${tree.token(k).lemma.toLowerCase()}`);
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
      `lfside:${c.lemma}|${c.frame}|${side}`,
    );
    // Which nouns speak depends on the frame: "according to volunteers" attributes where "volunteers said" may not.
    if (/^(NN|NNS|PRP)$/.test(s.pos)) f.push(`${c.frame === 'according' ? 'slemma-according' : 'slemma'}:${s.lemma.toLowerCase()}`);
    if (tree.head(c.source) !== c.cue && !isVerbCue) f.push('src:light-verb');
    if (tree.children(c.source, /^(compound|flat)$/).some((k) => /^NNP/.test(tree.token(k).pos))) f.push('sname-modified');
  }
  const words = c.content.filter((t) => !isPunct(tree.token(t))).length;
  f.push(`clen:${words < 2 ? 'one' : words < 4 ? 'short' : words < 9 ? 'mid' : words < 21 ? 'long' : 'very-long'}|${c.frame}`);
  const quoted = quotes.some((q) => q.start < content.end && content.start < q.end);
  if (quoted) f.push('quoted', `quoted:${c.frame}`, `lq:${c.lemma}`, `lfq:${c.lemma}|${c.frame}`);
  f.push(`lflen:${c.lemma}|${c.frame}|${words < 4 ? 'short' : 'long'}`);
  if (c.forward) f.push('forward-quote');
  if (c.backward) f.push('backward-quote');
  const head = c.content.find((t) => !c.content.includes(tree.head(t)));
  if (head !== undefined) {
    const mark = tree.children(head, 'mark').map((k) => tree.token(k).lemma.toLowerCase())[0];
    if (mark) f.push(`mark:${mark}`, `lmark:${c.lemma}|${mark}`);
    const prep = tree.children(head, 'case').map((k) => tree.token(k).lemma.toLowerCase())[0];
    if (prep && (c.frame === 'obl' || c.frame === 'noun-of')) f.push(`prep:${prep}|${c.frame}`, `lprep:${c.lemma}|${prep}`);
    f.push(`hpos:${tree.token(head).pos.slice(0, 2)}|${c.frame}`);
  }
  f.push(...contextFeatures(tree, c, content, quotes));
  return f;
}

const LINKING_WORDS = new Set(['that', 'to', 'of', 'about', 'on', 'for']);

/** Where the cue stands: the words around it, its place in the sentence, how far its source is, how much of the sentence the content takes. */
function contextFeatures(tree: DependencyTree, c: Candidate, content: TextSpan, quotes: TextSpan[]): string[] {
  const f: string[] = [];
  const around = (t: NlpToken | undefined, edge: string) => (t ? (isPunct(t) ? t.word : t.pos) : edge);
  const previous = c.cue > 1 ? tree.token(c.cue - 1) : undefined;
  const next = c.cue < tree.size ? tree.token(c.cue + 1) : undefined;
  f.push(`prevw:${around(previous, 'BOS')}|${c.frame}`, `nextw:${around(next, 'EOS')}|${c.frame}`);
  if (next && LINKING_WORDS.has(next.word.toLowerCase())) f.push(`lnext:${c.lemma}|${next.word.toLowerCase()}`);
  const third = tree.size / 3;
  f.push(`cue-at:${c.cue < third ? 'early' : c.cue < 2 * third ? 'mid' : 'late'}|${c.frame}`);
  if (c.source !== undefined) {
    const d = Math.abs(c.source - c.cue);
    f.push(`sdist:${d <= 1 ? '1' : d <= 3 ? '3' : d <= 8 ? '8' : 'far'}|${c.frame}`);
    const s = tree.token(c.source);
    const det = tree.children(c.source, 'det').map((k) => tree.token(k).lemma.toLowerCase())[0] ?? 'none';
    f.push(`sdet:${det}|${/^NNP/.test(s.pos) ? 'NNP' : s.pos}`);
  }
  if (quotes.some((q) => q.start <= content.start && content.end <= q.end + 2)) f.push(`content-inside-quote|${c.frame}`);
  const share = (content.end - content.start) / Math.max(1, tree.token(tree.size).end - tree.token(1).start);
  f.push(`cshare:${share < 0.2 ? 'a' : share < 0.4 ? 'b' : share < 0.7 ? 'c' : 'd'}|${c.frame}`);
  return f;
}
