/**
 * "A bus plunged into a ravine, killing 14, El Universal reports, citing police": an outlet's report
 * that names its own source is still the outlet's story, so the people quoted right after it in the
 * paragraph ("a police spokesman said", "Survivors said") speak through the outlet, as after a report
 * of its own (report-passages.ts).
 */
import { DependencyTree } from '../attribution/tree.ts';
import { isOutlet } from '../entities/gazetteer.ts';
import type { EntityRecord } from '../entities/registry.ts';
import type { NlpDocument } from '../nlp/types.ts';
import type { DraftClaim } from './draft.ts';

/** The outlet whose "reports, citing X" credit the draft's verb is, or none. */
export function citedReportOutlet(doc: NlpDocument, d: DraftClaim): EntityRecord | undefined {
  const outlet = d.via.length === 1 && isOutlet(d.via[0]) ? d.via[0] : undefined;
  if (!outlet || !d.verbSpan || d.topic !== undefined) return undefined;
  const sentence = doc.sentences.find((s) => s.tokens[0].start === d.unit);
  const verb = sentence?.tokens.find((t) => t.start === d.verbSpan!.start);
  if (!sentence || !verb || verb.lemma !== 'report') return undefined;
  const tree = DependencyTree.of(sentence);
  const outletSubject = tree
    .children(verb.index, 'nsubj')
    .some((n) => outlet.mentions.some((m) => m.start <= tree.token(n).start && tree.token(n).end <= m.end));
  const citing = tree.children(verb.index, /^(advcl|xcomp|dep|conj)$/).some((n) => tree.token(n).lemma === 'cite');
  return outletSubject && citing ? outlet : undefined;
}
