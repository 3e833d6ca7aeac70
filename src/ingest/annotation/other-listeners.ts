/**
 * "Detective Irene Pak told reporters S", "The minister told parliament S": a claim told to a listener of
 * its own that is no outlet was said there, not in an earlier interview with an outlet, so that
 * interview's outlet does not carry it (outlet-passages.ts).
 */
import { DependencyTree } from '../attribution/tree.ts';
import type { EntityRecord } from '../entities/registry.ts';
import type { NlpDocument } from '../nlp/types.ts';
import type { DraftClaim } from './draft.ts';
import { isOutletNoun } from './outlet-phrases.ts';
import { sentenceAt } from '../nlp/sentence-at.ts';

export function toldAnotherListener(doc: NlpDocument, d: DraftClaim, outlets: EntityRecord[]): boolean {
  const cue = d.verbSpan;
  if (!cue) return false;
  const sentence = sentenceAt(doc, cue.start);
  const token = sentence?.tokens.find((t) => t.start === cue.start);
  if (!sentence || !token || token.lemma.toLowerCase() !== 'tell') return false;
  const tree = DependencyTree.of(sentence);
  // "told his story to CNN": the "to" phrase is the listener, the object what was told.
  const to = tree.children(token.index, 'obl').filter((o) => tree.children(o, 'case').some((k) => /^to$/i.test(tree.token(k).word)));
  const listeners = to.length ? to : tree.children(token.index, /^(obj|iobj)$/);
  return listeners.some((l) => {
    // "told him", "told me": a pronoun may stand for the interviewer.
    if (!/^NN/.test(tree.token(l).pos) || isOutletNoun(tree, l)) return false;
    const span = tree.span(tree.subtree(l));
    return !!span && !outlets.some((o) => o.mentions.some((m) => m.start < span.end && span.start < m.end));
  });
}
